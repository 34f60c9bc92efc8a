package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal its sentences do not date is dated by the report, its month too (issue 14 item 4, ADR 0021
 * round 12); a deal that states its own year keeps its own date. Examples written for this test.
 */
class ReportMonthTest {
  private static final LocalDate REPORTED = LocalDate.of(2023, 5, 16);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hikvision|KE|The Kenyan police have bought 300 cameras from the Chinese company Hikvision.",
        "Dahua|PE|La policía de Perú compró 300 cámaras a la empresa china Dahua.",
        "Huawei|SN|La police du Sénégal a acheté 300 caméras à la société chinoise Huawei.",
        "Hikvision|AO|A polícia de Angola comprou 300 câmeras da empresa chinesa Hikvision."
      })
  void aStatementWithNoDateTakesTheReportsMonth(String org, String recipient, String text) {
    Candidate c = TestData.onlyCandidate(org, recipient, text, REPORTED);
    assertThat(c.year()).isEqualTo(2023);
    assertThat(c.month()).isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hikvision|KE|In 2019 the Kenyan police bought 300 cameras from the Chinese company"
            + " Hikvision.",
        "Dahua|PE|En 2019 la policía de Perú compró 300 cámaras a la empresa china Dahua.",
        "Huawei|SN|En 2019, la police du Sénégal a acheté 300 caméras à la société chinoise"
            + " Huawei.",
        "Hikvision|AO|Em 2019 a polícia de Angola comprou 300 câmeras da empresa chinesa"
            + " Hikvision."
      })
  void aStatementWithItsOwnYearIsNotGivenTheReportsMonth(
      String org, String recipient, String text) {
    Candidate c = TestData.onlyCandidate(org, recipient, text, REPORTED);
    assertThat(c.year()).isEqualTo(2019);
    assertThat(c.month()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hikvision|KE|The Kenyan police bought 300 cameras from the Chinese company Hikvision"
            + " on April 3.|4",
        "Huawei|SN|La police du Sénégal a acheté 300 caméras à la société chinoise Huawei le 3"
            + " avril.|4"
      })
  void aDayAndMonthInItsSentencesStillComesBeforeTheReportsMonth(
      String org, String recipient, String text, int month) {
    Candidate c = TestData.onlyCandidate(org, recipient, text, REPORTED);
    assertThat(c.month()).isEqualTo(month);
  }
}
