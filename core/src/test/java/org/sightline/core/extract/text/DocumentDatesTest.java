package org.sightline.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {

  @Test
  void aFullDateAtTheHeadIsTheDocumentsDate() {
    assertThat(DocumentDates.shownDate("Published 4 March 2025\nHuawei supplied cameras."))
        .hasValueSatisfying(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2025, 3, 4)));
    assertThat(DocumentDates.shownDate("NAIROBI, March 4, 2025 — Kenya's police said..."))
        .hasValueSatisfying(
            s -> {
              assertThat(s.date()).isEqualTo(LocalDate.of(2025, 3, 4));
              assertThat(s.words()).isEqualTo("March 4, 2025");
            });
    assertThat(DocumentDates.shownDate("2024-11-30 Update: the contract was signed in 2019."))
        .hasValueSatisfying(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2024, 11, 30)));
  }

  @Test
  void aYearAloneOrADateFarIntoTheTextIsNotTheDocumentsDate() {
    assertThat(DocumentDates.shownDate("The contract was signed in 2019 by the police.")).isEmpty();
    assertThat(DocumentDates.shownDate("x".repeat(400) + " 4 March 2025")).isEmpty();
    assertThat(DocumentDates.shownDate("On 31 February 2025 nothing happened.")).isEmpty();
  }

  @Test
  void aDatelineWithoutAYearIsRecognisedAsSuch() {
    assertThat(DocumentDates.datelineWithoutYear("NAIROBI, March 4 — Kenya's police..."))
        .contains("March 4");
    assertThat(DocumentDates.datelineWithoutYear("Kenya's police, March 4 — no")).isEmpty();
  }

  @Test
  void relativeDatesThatNeedTheDocumentsDateAreListed() {
    assertThat(
            DocumentDates.needingADate(
                "Huawei delivered the cameras last month. The deal was signed in January."
                    + " The 2019 contract is worth USD 5 million."))
        .containsExactly("last month", "January");
    assertThat(DocumentDates.needingADate("The contract was signed in 2019.")).isEmpty();
  }
}
