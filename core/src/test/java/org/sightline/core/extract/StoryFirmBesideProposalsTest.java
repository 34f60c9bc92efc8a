package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;

/**
 * A sentence that names a firm the register does not know (an integrator, a local partner) is also
 * paired with the firm the sentence before named, flagged for the model (issue 14, round 12). Texts
 * written for this test.
 */
class StoryFirmBesideProposalsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> flagged(String text) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1)).stream()
        .filter(c -> c.features()[Features.STORY_SUPPLIER_BESIDE_FIRM] == 1)
        .toList();
  }

  @Test
  void theVendorBeforeAnUnknownIntegratorIsProposedForItsRecipient() {
    List<Candidate> found =
        flagged(
            "Hikvision makes the cameras. Its local partner, Volta Grid Systems, will install them"
                + " for the police in Ghana.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).supplierOrgs()).containsExactly("Hikvision");
    assertThat(found.get(0).recipientCountry()).isEqualTo("GH");
    assertThat(found.get(0).features()[Features.SUPPLIER_FROM_PARAGRAPH]).isEqualTo(1);
  }

  @Test
  void notBesideAFirmTheRegisterKnows() {
    assertThat(
            flagged(
                "Hikvision makes the cameras. Huawei will install them for the police in Ghana."))
        .isEmpty();
  }

  @Test
  void notWhenTheVendorWasNamedTwoSentencesBefore() {
    assertThat(
            flagged(
                "Hikvision makes the cameras. The mayor spoke on Monday. Its local partner, Volta"
                    + " Grid Systems, will install them for the police in Ghana."))
        .isEmpty();
  }

  @Test
  void notInAnotherParagraph() {
    assertThat(
            flagged(
                "Hikvision makes the cameras.\n\nIts local partner, Volta Grid Systems, will"
                    + " install them for the police in Ghana."))
        .isEmpty();
  }
}
