package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;

/**
 * Transfers that got no candidate at all (issue 14, round 9): what the rules now propose, on short
 * texts written for this test. Only the proposals are asserted; how much each is worth is the
 * candidate model's to say.
 */
class ProposalsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> proposals(String text) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1));
  }

  private static String summary(Candidate c) {
    return c.supplierOrgs() + " " + c.supplierCountry() + "->" + c.recipientCountry();
  }

  @Test
  void aFirmAfterAPlaceAndBasedIsProposedAtHomeThere() {
    assertThat(proposals("Lisbon-based Tejo Sensors will install 3,000 cameras in Ghana."))
        .extracting(ProposalsTest::summary)
        .contains("[Tejo Sensors] PT->GH");
    assertThat(
            proposals(
                "The ministry signed a deal with the Norway-headquartered Nordvik Systems for"
                    + " interception equipment for Ghana's police."))
        .extracting(ProposalsTest::summary)
        .contains("[Nordvik Systems] NO->GH");
  }

  @Test
  void anInstitutionAfterAPlaceAndBasedIsNoFirm() {
    assertThat(
            proposals(
                "The Kabul-based Interior Ministry installed cameras in Afghanistan with Chinese"
                    + " help."))
        .allMatch(c -> c.supplierOrgs().isEmpty(), "no organization named");
  }

  @Test
  void aCompanyNounBeforeANameThatStartsWithAPlaceMakesItAFirm() {
    assertThat(
            proposals(
                "The contract went to the Chinese firm Shenzhen Blue Horizon, which installed"
                    + " cameras in Kenya."))
        .extracting(ProposalsTest::summary)
        .contains("[Shenzhen Blue Horizon] CN->KE");
  }

  @Test
  void aDatedStatementOfTheSamePartiesWithItsOwnAmountIsProposedAgainOnItsOwn() {
    String first =
        "Velmora Analytics Ltd supplied Zambia's police with a monitoring centre for $4 million"
            + " in 2019.";
    List<Candidate> c =
        proposals(
            first
                + " In 2022 Zambia's police paid Velmora Analytics Ltd $1.5 million for more"
                + " cameras.");
    assertThat(c)
        .filteredOn(k -> k.supplierOrgs().equals(List.of("Velmora Analytics Ltd")))
        .extracting(k -> k.year() + " " + k.features()[Features.OWN_AMOUNT_OR_YEAR])
        .containsExactlyInAnyOrder("2019 0.0", "2022 1.0");
    // The same amount and year told twice is one deal; an amount with no year of its own cannot
    // be dated apart and stays in the draft it was merged into.
    assertThat(proposals(first + " Zambia's police paid Velmora Analytics Ltd $4 million for it."))
        .filteredOn(k -> k.supplierOrgs().equals(List.of("Velmora Analytics Ltd")))
        .hasSize(1);
    assertThat(
            proposals(
                first
                    + " Zambia's police paid Velmora Analytics Ltd $1.5 million for more"
                    + " cameras."))
        .filteredOn(k -> k.supplierOrgs().equals(List.of("Velmora Analytics Ltd")))
        .hasSize(1);
  }
}
