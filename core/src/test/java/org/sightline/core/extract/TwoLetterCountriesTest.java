package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "US" and "UK" name countries where no word follows them (issue 14, round 12); before a word, as
 * "a US firm", and in lower case or before a currency sign they name none. Texts written for this
 * test.
 */
class TwoLetterCountriesTest {
  private final Extractor extractor = TestData.extractor();

  private List<String> recipients(String text) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1)).stream()
        .map(Candidate::recipientCountry)
        .toList();
  }

  @Test
  void atTheEndOfAPhraseTheyAreTheCountry() {
    assertThat(recipients("Hikvision sold the cameras to the police in the US.")).contains("US");
    assertThat(recipients("Hikvision delivered drones to the police in the UK, the paper said."))
        .contains("GB");
  }

  @Test
  void beforeAWordTheyAreNot() {
    assertThat(recipients("A US firm, Morvel Systems, sold cameras to the Kenyan police."))
        .containsOnly("KE");
    assertThat(recipients("Hikvision sold cameras to Kenya under a UK licence."))
        .doesNotContain("GB");
  }

  @Test
  void aPronounAndACurrencyAreNot() {
    assertThat(recipients("Let us say that Hikvision sold cameras to the Kenyan police."))
        .containsOnly("KE");
    assertThat(recipients("Kenya paid Hikvision US$ 5 million for the cameras."))
        .containsOnly("KE");
  }
}
