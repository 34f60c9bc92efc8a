package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of error that text written blind exposed (issue 14), each on short texts written for
 * this test: what the rules must now find, and what the candidate model must keep below the default
 * threshold.
 */
class ErrorClassesTest {
  private final Extractor extractor = TestData.extractor();

  private static List<Candidate> confident(String text) {
    return TestData.confident(text, LocalDate.of(2024, 1, 1));
  }

  private List<Candidate> all(String text) {
    return extractor.extract(text, LocalDate.of(2024, 1, 1));
  }

  private static String summary(Candidate c) {
    return c.supplierOrgs() + " " + c.supplierCountry() + "->" + c.recipientCountry();
  }

  @Test
  void aDomesticDealIsProposedEvenWhenOnlyACityNamesTheCountry() {
    List<Candidate> c =
        confident(
            "The Chicago Police Department signed a $9 million contract with SoundWave Analytics"
                + " Inc., a local firm, to install gunshot sensors across the city.");
    assertThat(c).extracting(Candidate::recipientCountry).containsExactly("US");
    assertThat(c.get(0).supplierOrgs()).containsExactly("SoundWave Analytics Inc.");
  }

  @Test
  void theIntegratorAndTheForeignVendorAreBothSuppliersAndTheIntegratorKeepsItsCountry() {
    List<Candidate> c =
        confident(
            "Kenya's national police received 2,000 cameras from Hikvision, installed by the"
                + " Nairobi integrator Tandem Systems Ltd.");
    assertThat(c)
        .extracting(ErrorClassesTest::summary)
        .containsExactlyInAnyOrder("[Hikvision] CN->KE", "[Tandem Systems Ltd.] KE->KE");
    // A Dubai-based integrator's city is its home, not the recipient.
    assertThat(
            all(
                "Hikvision supplied cameras to Uganda's police through GulfTech, a Dubai-based"
                    + " integrator."))
        .allMatch(k -> k.recipientCountry().equals("UG"))
        .noneMatch(k -> k.supplierOrgs().contains("Dubai-based"));
  }

  @Test
  void aPersonIsNeverTheSupplier() {
    List<Candidate> c =
        all(
            "President Aldo Verano announced that Ruritel Networks will supply the interception"
                + " platform to Peru's police. Finance Minister Clara Ostos signed the order.");
    assertThat(c).isNotEmpty();
    assertThat(c)
        .allMatch(k -> k.supplierOrgs().equals(List.of("Ruritel Networks")), "no person supplies");
  }

  @Test
  void prospectsDetectionsAndIndicesAreNotTransfers() {
    List<Candidate> c =
        all(
            "NovaSpy Labs sold its spyware to Mexico's army in 2019. Demonstrations were also"
                + " given to prospective buyers in Chile, Peru and Bolivia.");
    assertThat(c)
        .filteredOn(k -> k.confidence() >= Extractor.DEFAULT_MIN_CONFIDENCE)
        .extracting(Candidate::recipientCountry)
        .containsExactly("MX");
    assertThat(
            confident(
                "Researchers detected traces of the NovaSpy Labs implant in Angola, Egypt and"
                    + " Mongolia."))
        .isEmpty();
    assertThat(
            confident(
                "The 2023 surveillance index ranked China, Russia and Iran as the most intrusive"
                    + " states."))
        .isEmpty();
  }

  @Test
  void aMeetingAfterWhichNoAgreementWasAnnouncedIsNoDeal() {
    String meeting =
        "At a meeting with the mayor of Lusaka, Zambia, a Huawei vice-president said the company"
            + " was running safe city projects in 40 cities and estimated the cost of a first"
            + " phase in Lusaka at $4 million. The mayor said the city would weigh the offer.";
    // Without the closing statement the meeting alone reads as a deal; with it, it does not.
    assertThat(confident(meeting))
        .extracting(ErrorClassesTest::summary)
        .contains("[Huawei] CN->ZM");
    assertThat(confident(meeting + " No agreement was announced.")).isEmpty();
  }

  @Test
  void aCountryAShipmentPassedThroughIsNotTheRecipient() {
    assertThat(
            confident(
                "The cameras, shipped via Dubai, were delivered by ZTE to Ethiopia's federal"
                    + " police."))
        .extracting(ErrorClassesTest::summary)
        .containsExactly("[ZTE] CN->ET");
  }

  @Test
  void aSupplierNamedOnlyByNationality() {
    List<Candidate> c =
        confident(
            "A Finnish company supplied the interception centre to Ghana's intelligence agency"
                + " in 2012.");
    assertThat(c).extracting(ErrorClassesTest::summary).containsExactly("[] FI->GH");
    assertThat(c.get(0).year()).isEqualTo(2012);
  }

  @Test
  void everyCountryOfALongRecipientListIsRead() {
    assertThat(
            confident(
                "Circuit Shield Ltd sold its IMSI catchers to Kenya, Uganda, Tanzania, Rwanda,"
                    + " Zambia, Malawi and Ghana."))
        .extracting(Candidate::recipientCountry)
        .containsExactlyInAnyOrder("KE", "UG", "TZ", "RW", "ZM", "MW", "GH");
  }

  @Test
  void theSamePartiesAtAnotherPhaseAreAnotherDeal() {
    List<Candidate> c =
        confident(
            "In 2015 Huawei built the first phase of a safe city system for Kenya's police. In"
                + " 2021 Kenya signed a second contract with Huawei to extend it to Mombasa.");
    assertThat(c).extracting(ErrorClassesTest::summary).containsOnly("[Huawei] CN->KE");
    assertThat(c).extracting(Candidate::year).containsExactlyInAnyOrder(2015, 2021);
  }

  @Test
  void aRecordsListOfCustomersBelongsToTheCompanyItIsAbout() {
    List<Candidate> c =
        all(
            """
            PROFILE: NovaSpy Labs (Lisbon) - customers

            Product: NovaSpy Labs interception suite for police forces
            Customers named in leaked invoices: Bolivia, Nepal, Zambia
            """);
    assertThat(c)
        .filteredOn(k -> k.supplierOrgs().contains("NovaSpy Labs"))
        .extracting(Candidate::recipientCountry)
        .contains("BO", "NP", "ZM");
  }
}
