package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;

/**
 * An unknown name as the subject of a firm's work ("Rotek installed", "Caddic has won"): a supplier
 * found by its slot (issue 14, round 10). Texts written for this test.
 */
class FirmWorkVerbProposalsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> proposals(String text) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1));
  }

  @Test
  void aNameThatInstalledOrWonIsASupplierFoundBySlot() {
    for (String text :
        List.of(
            "Quillmark installed 40 interception servers for the police in Ghana.",
            "Quillmark has won a tender to supply cameras to Ghana's police.")) {
      assertThat(proposals(text))
          .as(text)
          .filteredOn(c -> c.supplierOrgs().equals(List.of("Quillmark")))
          .extracting(
              c -> c.recipientCountry() + " " + c.features()[Features.ORGANIZATION_BY_SLOT_ONLY])
          .contains("GH 1.0");
    }
  }

  @Test
  void aCommonWordOpeningTheSentenceIsNoFirm() {
    assertThat(proposals("Engineers installed 40 interception servers for the police in Ghana."))
        .noneMatch(c -> c.supplierOrgs().contains("Engineers"));
  }
}
