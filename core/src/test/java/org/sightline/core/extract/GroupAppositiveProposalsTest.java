package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;

/**
 * "An engineering group, Quillmark, will ...": "group" before a comma marks the name after it as a
 * firm, as "company" does (issue 14, round 10). Texts written for this test.
 */
class GroupAppositiveProposalsTest {
  private final Extractor extractor = TestData.extractor();

  @Test
  void aGroupBeforeACommaMarksTheNameAfterItAsAFirm() {
    List<Candidate> c =
        extractor.proposals(
            "A British engineering group, Quillmark, will put in a surveillance system on"
                + " Ghana's border under a contract.",
            LocalDate.of(2024, 1, 1));
    assertThat(c)
        .filteredOn(k -> k.supplierOrgs().equals(List.of("Quillmark")))
        .extracting(
            k -> k.recipientCountry() + " " + k.features()[Features.ORGANIZATION_BY_SLOT_ONLY])
        .contains("GH 0.0");
  }
}
