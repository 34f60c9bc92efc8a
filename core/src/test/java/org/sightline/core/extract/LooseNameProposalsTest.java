package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;

/**
 * A name nothing marks as a firm, in a firm statement, that the text names again: proposed apart
 * and flagged {@code supplier_recurring_name_only} (issue 14, round 10). Texts written for this
 * test; only proposals and the flag are asserted.
 */
class LooseNameProposalsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> proposals(String text) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1));
  }

  private static String flagged(Candidate c) {
    return c.supplierOrgs()
        + "->"
        + c.recipientCountry()
        + " loose="
        + c.features()[Features.LOOSE_NAME];
  }

  @Test
  void aRecurringNameInAFirmStatementIsProposedAndFlagged() {
    String text =
        "Ghana's police awarded the contract for 300 surveillance cameras to Tarnwell in 2021."
            + " Engineers from Tarnwell finished the control room a year later.";
    assertThat(proposals(text))
        .extracting(LooseNameProposalsTest::flagged)
        .contains("[Tarnwell]->GH loose=1.0");
  }

  @Test
  void aNameSaidOnceIsNotProposed() {
    String text =
        "Ghana's police awarded the contract for 300 surveillance cameras to Tarnwell in 2021.";
    assertThat(proposals(text)).noneMatch(c -> c.supplierOrgs().contains("Tarnwell"));
  }

  @Test
  void aSentenceThatNamesAFirmKeepsItsSupplier() {
    String text =
        "Ghana's police awarded Huawei the contract for 300 surveillance cameras, said Tarnwell."
            + " Tarnwell is a consultant.";
    assertThat(proposals(text))
        .noneMatch(c -> c.supplierOrgs().contains("Tarnwell"))
        .allMatch(c -> c.features()[Features.LOOSE_NAME] == 0);
  }
}
