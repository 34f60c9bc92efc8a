package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.TestData;
import org.sightline.core.extract.confidence.ConfidenceTrainer;
import org.sightline.core.extract.confidence.Features;

class ProspectInTextTest {
  private static List<Candidate> proposals(String text) {
    return ConfidenceTrainer.labellingExtractor(TestData.organizations())
        .proposals(text, LocalDate.of(2024, 5, 1));
  }

  @Test
  void aTradeFairNamedOnceMarksEveryCandidateOfTheText() {
    String deal = "Huawei supplied surveillance cameras to the police of Kenya in 2023.";
    List<Candidate> fair = proposals("Vendors gather at a trade fair in Nairobi.\n\n" + deal);
    List<Candidate> plain = proposals("Vendors gather in Nairobi.\n\n" + deal);
    assertThat(fair).isNotEmpty();
    assertThat(plain).isNotEmpty();
    for (Candidate c : fair) {
      assertThat(c.features()[Features.PROSPECT_IN_TEXT]).isEqualTo(1);
    }
    for (Candidate c : plain) {
      assertThat(c.features()[Features.PROSPECT_IN_TEXT]).isZero();
    }
  }
}
