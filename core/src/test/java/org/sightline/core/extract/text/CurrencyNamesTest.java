package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrencyNamesTest {
  private final CurrencyNames names = CurrencyNames.bundled();

  @Test
  void formsBeforeAndAfterANumberNameTheirCurrency() {
    assertThat(names.before("us$")).isEqualTo("USD");
    assertThat(names.before("ksh")).isEqualTo("KES");
    assertThat(names.after("kenyan shillings")).isEqualTo("KES");
    assertThat(names.after("ugandan shillings")).isEqualTo("UGX");
    assertThat(names.after("yuan")).isEqualTo("CNY");
    // "try" is the Turkish lira's code before a number, never a word after one
    assertThat(names.before("try")).isEqualTo("TRY");
    assertThat(names.after("try")).isNull();
  }

  @Test
  void aSharedNameIsTheRecipientsCurrencyUnlessTheTextSaysWhose() {
    assertThat(names.localCode("12 billion rupees", "PK")).isEqualTo("PKR");
    assertThat(names.localCode("rs 86 crore", "LK")).isEqualTo("LKR");
    assertThat(names.localCode("sh2bn", "UG")).isEqualTo("UGX");
    assertThat(names.localCode("5 billion cfa francs", "SN")).isNull();
    assertThat(names.localCode("12 billion indian rupees", "PK")).isNull();
    assertThat(names.localCode("12 billion rupees", "KE")).isNull();
    assertThat(names.localCode("12 billion rupees", null)).isNull();
    assertThat(names.localCode("$5 million", "PK")).isNull();
  }

  @Test
  void aCodeThatIsNotIso4217StopsTheTableFromLoading() {
    assertThatThrownBy(
            () -> CurrencyNames.parse(BundledTsv.parse("currency\tXYZ\txyz\tzorkmids\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("XYZ is not an ISO 4217 currency code");
    assertThatThrownBy(
            () -> CurrencyNames.parse(BundledTsv.parse("shared\tpeso\t*peso*\tAR=ARS, ZZ=PES\n")))
        .hasMessageContaining("PES is not an ISO 4217 currency code");
  }

  @Test
  void aFormListedForTwoCurrenciesIsRefused() {
    assertThatThrownBy(
            () ->
                CurrencyNames.parse(BundledTsv.parse("currency\tUSD\t$\t-\ncurrency\tAUD\t$\t-\n")))
        .hasMessageContaining("\"$\" is listed for both USD and AUD");
  }
}
