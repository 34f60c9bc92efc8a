package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "An American firm", "the Dutch company": the state, not a territory that shares the word. */
class StatesDemonymsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> all(String text) {
    return extractor.extract(text, LocalDate.of(2023, 6, 1), 0);
  }

  @Test
  void anAmericanFirmIsFromTheUnitedStates() {
    assertThat(all("The American company Harbourline Systems sold 300 cameras to Kenya in 2019."))
        .anyMatch(c -> "US".equals(c.supplierCountry()) && "KE".equals(c.recipientCountry()))
        .noneMatch(c -> "MP".equals(c.supplierCountry()));
  }

  @Test
  void aDutchFirmIsFromTheNetherlands() {
    assertThat(all("The Dutch company Harbourline Systems sold 300 cameras to Kenya in 2019."))
        .anyMatch(c -> "NL".equals(c.supplierCountry()) && "KE".equals(c.recipientCountry()))
        .noneMatch(c -> "BQ".equals(c.supplierCountry()));
  }
}
