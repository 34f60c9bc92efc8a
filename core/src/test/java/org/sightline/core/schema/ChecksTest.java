package org.sightline.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each check is a table: the value (empty = null) and whether it passes. */
class ChecksTest {
  @ParameterizedTest
  @CsvSource({
    "https://example.org/a?b=c#d, true",
    "HTTP://example.org, true",
    "javascript:alert(1), false",
    "'data:text/html,<b>', false",
    "https:///no-host, false",
    "https://example.org/\"onmouseover=x, false",
    "'https://example.org/a b', false",
    "/relative/path, false",
    ", false"
  })
  void webUrlsAreAbsoluteHttpAddressesWithAHostAndNothingThatBreaksAnAttribute(
      String url, boolean web) {
    assertThat(Checks.isWebUrl(url)).isEqualTo(web);
  }

  @ParameterizedTest
  @CsvSource({"USD, true", "XOF, true", "usd, false", "ABC, false", "US, false"})
  void currenciesAreIso4217CodesInUpperCase(String code, boolean currency) {
    assertThat(Checks.isCurrency(code)).isEqualTo(currency);
  }

  @ParameterizedTest
  @CsvSource({
    "2019, true, false",
    "2019-02, true, false",
    "2020-02-29, true, true",
    "2019-02-29, false, false",
    "2019-13, false, false",
    "19, false, false"
  })
  void datesAreRealCalendarDatesAsPreciseAsTheDocument(String text, boolean partial, boolean day) {
    assertThat(Checks.isPartialDate(text)).isEqualTo(partial);
    assertThat(Checks.isDay(text)).isEqualTo(day);
  }

  @ParameterizedTest
  @CsvSource({"T-12.a:b_c, true", "-T1, false"})
  void recordIdsStartWithALetterOrDigit(String id, boolean valid) {
    assertThat(Checks.isRecordId(id)).isEqualTo(valid);
  }

  @Test
  void recordIdsHaveAtMost64Characters() {
    assertThat(Checks.isRecordId("x".repeat(64))).isTrue();
    assertThat(Checks.isRecordId("x".repeat(65))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"EC, true", "ec, false", "ECU, false"})
  void countryCodesAreTwoCapitalLetters(String code, boolean alpha2) {
    assertThat(Checks.isAlpha2(code)).isEqualTo(alpha2);
  }

  @Test
  void blankAndEmptyText() {
    assertThat(Checks.blankToNull("  a b ")).isEqualTo("a b");
    assertThat(Checks.blankToNull(" \t")).isNull();
    assertThat(Checks.emptyToNull(" a ")).isEqualTo(" a ");
    assertThat(Checks.emptyToNull("")).isNull();
  }
}
