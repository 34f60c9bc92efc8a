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
  void aPlaceAfterBasedInIsTheFirmsHomeNotTheRecipient() {
    // The home-verb scan must read the word right before "in" ("based"), not the one before that.
    for (String text :
        List.of(
            "Kestrel Vision, a firm based in Italy, installed 400 cameras for the city police in"
                + " Lagos, Nigeria.",
            "The cameras came from Kestrel Vision, a firm based in Italy, and were installed in"
                + " Accra.")) {
      assertThat(proposals(text))
          .extracting(ProposalsTest::summary)
          .as(text)
          .isNotEmpty()
          .noneMatch(p -> p.endsWith("->IT"));
    }
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

  private List<String> ownDeals(String text, String org) {
    return proposals(text).stream()
        .filter(k -> k.supplierOrgs().equals(List.of(org)))
        .map(
            k ->
                k.endUser() + " " + k.status() + " " + k.features()[Features.OWN_END_USER_OR_PHASE])
        .toList();
  }

  @Test
  void aStatementOfTheSamePartiesWithItsOwnEndUserIsProposedAgain() {
    assertThat(
            ownDeals(
                "La Policía Nacional de Bolivia compró cámaras a la empresa Corvalia Sistemas en"
                    + " 2018. La Alcaldía de La Paz también contrató con Corvalia Sistemas la"
                    + " videovigilancia de Bolivia.",
                "Corvalia Sistemas"))
        .hasSize(2)
        .anyMatch(s -> s.endsWith(" 1.0"))
        .anyMatch(s -> s.endsWith(" 0.0"));
    assertThat(
            ownDeals(
                "A Polícia Federal do Brasil comprou câmeras da empresa Tavorin Sistemas em 2017."
                    + " A Prefeitura do Rio de Janeiro também contratou com a Tavorin Sistemas a"
                    + " videovigilância do Brasil.",
                "Tavorin Sistemas"))
        .hasSize(2)
        .anyMatch(s -> s.endsWith(" 1.0"));
    // The same end user told twice is one deal.
    assertThat(
            ownDeals(
                "La Policía Nacional de Bolivia compró cámaras a la empresa Corvalia Sistemas en"
                    + " 2018. La Policía Nacional de Bolivia recibió de Corvalia Sistemas las"
                    + " cámaras.",
                "Corvalia Sistemas"))
        .hasSize(1);
  }

  @Test
  void aCancelledDealBesideADeliveredOneOfTheSamePartiesIsProposedAgain() {
    assertThat(
            ownDeals(
                "La société Brelvane Technologies a livré au Mali des caméras de surveillance."
                    + " Le Mali a ensuite annulé un contrat de drones avec Brelvane Technologies.",
                "Brelvane Technologies"))
        .hasSize(2)
        .anyMatch(s -> s.endsWith(" 1.0"));
  }

  private static String withSlotFlag(Candidate c) {
    return summary(c) + " slot=" + c.features()[Features.ORGANIZATION_BY_SLOT_ONLY];
  }

  @Test
  void aNameBeforeWillAndASupplyVerbIsProposedAsFoundByItsSlot() {
    assertThat(
            proposals(
                "Ghana's police will get new cameras: Velmora will install the surveillance"
                    + " system next year."))
        .extracting(ProposalsTest::withSlotFlag)
        .contains("[Velmora] null->GH slot=1.0");
    // Another verb after "will" says nothing of a supply.
    assertThat(
            proposals(
                "Ghana's police will get new cameras: Velmora will study the surveillance"
                    + " system next year."))
        .noneMatch(c -> c.supplierOrgs().contains("Velmora"));
  }

  @Test
  void anAcronymSpeltWithDotsIsANameWithoutThem() {
    assertThat(
            proposals(
                "The contract for Ghana's police cameras went to the state-owned V.M.K.L. in"
                    + " 2021."))
        .extracting(ProposalsTest::summary)
        .contains("[VMKL] null->GH");
    assertThat(proposals("The U.S. sold surveillance cameras to Ghana's police in 2021."))
        .noneMatch(c -> c.supplierOrgs().contains("US"));
  }

  @Test
  void aCountrysPossessiveBeforeACompanyNounMakesAFirmAtHomeThere() {
    assertThat(
            proposals(
                "The CCTV cameras in Accra were put up by Velmora and by Okomfo, Ghana's largest"
                    + " telecom operator."))
        .extracting(ProposalsTest::summary)
        .contains("[Okomfo] GH->GH", "[Velmora] GH->GH");
  }

  @Test
  void anOrderWithAFirmStatesAnAgreedDeal() {
    assertThat(
            proposals(
                "The council in Tucson authorised the manager to execute an order with Veltrix"
                    + " Systems for 30 licence plate cameras."))
        .filteredOn(c -> c.supplierOrgs().equals(List.of("Veltrix Systems")))
        .extracting(c -> c.recipientCountry() + " " + c.status().key())
        .containsExactly("US agreed");
  }

  @Test
  void aPlaceInTheAppositiveGivesTheFirmItsHome() {
    assertThat(
            proposals(
                "The Chinese-made CCTV cameras of Uganda's police came from Velmora Dynamics,"
                    + " a Mombasa firm."))
        .extracting(ProposalsTest::summary)
        .containsExactly("[Velmora Dynamics] KE->UG");
  }

  @Test
  void talksEndedOrADealTakenOffTheTableMarkTheDocumentAsStatingNoDeal() {
    String sale = "Velmora Dynamics Ltd sold CCTV cameras to Uganda's police in 2021.";
    assertThat(proposals(sale))
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 0, "no flag");
    assertThat(proposals(sale + " Its parent has since ended talks to sell the business."))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 1, "flagged");
    assertThat(proposals(sale + " A buyout of the firm is now off the table."))
        .isNotEmpty()
        .allMatch(c -> c.features()[Features.NO_DEAL_IN_DOCUMENT] == 1, "flagged");
  }
}
