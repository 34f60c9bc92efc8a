package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same supplier and recipient in deals of different years: each year stated in the text is a
 * candidate of its own, wherever the sentences stand; a sentence that states no year, or the same
 * year, still tells the deal beside it.
 */
class DealsOfTheSamePartiesTest {
  private final Extractor extractor = TestData.extractor();

  private List<Integer> yearsOfHikvisionInZambia(String text) {
    return extractor.extract(text, LocalDate.of(2023, 6, 1), 0).stream()
        .filter(c -> c.supplierOrgs().contains("Hikvision") && "ZM".equals(c.recipientCountry()))
        .map(Candidate::year)
        .toList();
  }

  @Test
  void anOrderOfAnotherYearInTheNextParagraphIsAnotherCandidate() {
    String text =
        """
        Hikvision signed a contract in 2022 to install 300 cameras for the police in Zambia.

        Zambia bought its first Hikvision cameras in 2016 for the airport in Lusaka.
        """;
    assertThat(yearsOfHikvisionInZambia(text)).containsExactlyInAnyOrder(2022, 2016);
  }

  @Test
  void aSentenceOfTheSameYearOrOfNoYearTellsTheSameDeal() {
    String text =
        """
        Hikvision signed a contract in 2022 to install 300 cameras for the police in Zambia.

        Zambia received the Hikvision cameras in 2022, and Hikvision trained officers in Zambia.
        """;
    assertThat(yearsOfHikvisionInZambia(text)).containsExactly(2022);
  }
}
