package org.sightline.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void webUrlsAreAbsoluteHttpAddressesWithAHostAndNothingThatBreaksAnAttribute() {
    assertThat(Checks.isWebUrl("https://example.org/a?b=c#d")).isTrue();
    assertThat(Checks.isWebUrl("HTTP://example.org")).isTrue();
    assertThat(Checks.isWebUrl("javascript:alert(1)")).isFalse();
    assertThat(Checks.isWebUrl("data:text/html,<b>")).isFalse();
    assertThat(Checks.isWebUrl("https:///no-host")).isFalse();
    assertThat(Checks.isWebUrl("https://example.org/\"onmouseover=x")).isFalse();
    assertThat(Checks.isWebUrl("https://example.org/a b")).isFalse();
    assertThat(Checks.isWebUrl("/relative/path")).isFalse();
    assertThat(Checks.isWebUrl(null)).isFalse();
  }

  @Test
  void currenciesAreIso4217CodesInUpperCase() {
    assertThat(Checks.isCurrency("USD")).isTrue();
    assertThat(Checks.isCurrency("XOF")).isTrue();
    assertThat(Checks.isCurrency("usd")).isFalse();
    assertThat(Checks.isCurrency("ABC")).isFalse();
    assertThat(Checks.isCurrency("US")).isFalse();
  }

  @Test
  void datesAreRealCalendarDatesAsPreciseAsTheDocument() {
    assertThat(Checks.isPartialDate("2019")).isTrue();
    assertThat(Checks.isPartialDate("2019-02")).isTrue();
    assertThat(Checks.isPartialDate("2020-02-29")).isTrue();
    assertThat(Checks.isPartialDate("2019-02-29")).isFalse();
    assertThat(Checks.isPartialDate("2019-13")).isFalse();
    assertThat(Checks.isPartialDate("19")).isFalse();
    assertThat(Checks.isDay("2020-02-29")).isTrue();
    assertThat(Checks.isDay("2020-02")).isFalse();
  }

  @Test
  void idsAndCountryCodeShapes() {
    assertThat(Checks.isRecordId("T-12.a:b_c")).isTrue();
    assertThat(Checks.isRecordId("-T1")).isFalse();
    assertThat(Checks.isRecordId("x".repeat(65))).isFalse();
    assertThat(Checks.isAlpha2("EC")).isTrue();
    assertThat(Checks.isAlpha2("ec")).isFalse();
    assertThat(Checks.isAlpha2("ECU")).isFalse();
  }

  @Test
  void blankAndEmptyText() {
    assertThat(Checks.blankToNull("  a b ")).isEqualTo("a b");
    assertThat(Checks.blankToNull(" \t")).isNull();
    assertThat(Checks.emptyToNull(" a ")).isEqualTo(" a ");
    assertThat(Checks.emptyToNull("")).isNull();
  }
}
