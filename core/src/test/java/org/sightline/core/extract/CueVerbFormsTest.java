package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.model.TransferStatus;

/**
 * Every form of an English cue verb states a deal, not only the forms the train texts happened to
 * use (issue 14, round 11): the base form, the third person, the -ing form and the noun. Texts
 * written for this test.
 */
class CueVerbFormsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> proposals(String text) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1));
  }

  private Candidate only(String text, String supplier, String recipient) {
    List<Candidate> found =
        proposals(text).stream()
            .filter(c -> c.supplierOrgs().equals(List.of(supplier)))
            .filter(c -> recipient.equals(c.recipientCountry()))
            .toList();
    assertThat(found).as(text).isNotEmpty();
    return found.get(0);
  }

  @Test
  void eachFormOfACueVerbGivesTheCandidateACue() {
    for (String text :
        List.of(
            "Ghana's police are buying forty cameras from Hikvision this year.",
            "Hikvision delivers forty cameras to the police in Ghana this month.",
            "Hikvision is handing over forty cameras to the police in Ghana.",
            "The police in Ghana pays Hikvision for forty cameras.",
            "Hikvision equips the police in Ghana with forty cameras.",
            "Ghana's police are procuring forty cameras from Hikvision.",
            "Most of the cameras watching the streets of Ghana were made by Hikvision.")) {
      Candidate c = only(text, "Hikvision", "GH");
      assertThat(c.features()[Features.CUE_STRENGTH]).as(text).isGreaterThanOrEqualTo(2 / 3.0);
      assertThat(c.features()[Features.NO_CUE]).as(text).isZero();
    }
  }

  @Test
  void theFormKeepsItsSiblingsStatus() {
    assertThat(
            only(
                    "Hexmoor Aerial delivers forty drones to the police in Ghana.",
                    "Hexmoor Aerial",
                    "GH")
                .status())
        .isEqualTo(TransferStatus.DELIVERED);
    assertThat(
            only("Ghana's police is buying forty cameras from Hikvision.", "Hikvision", "GH")
                .status())
        .isEqualTo(TransferStatus.AGREED);
  }

  @Test
  void anOrderOrAPrizeIsNoCue() {
    // "order" and "award" alone are left out of the cues: public order, a journalism award
    for (Candidate c :
        proposals(
            "The founder of Hexmoor Aerial collected a press award in Ghana, where police keep public order.")) {
      assertThat(c.features()[Features.CUE_STRENGTH]).isLessThan(2 / 3.0);
    }
  }
}
