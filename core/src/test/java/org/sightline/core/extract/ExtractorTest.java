package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/** Relation assembly, status cues and hedges, read as examples of what extraction proposes. */
class ExtractorTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> confident(String text) {
    return extractor.extract(text, LocalDate.of(2020, 5, 10), 0.5);
  }

  /** "[Huawei] CN->GN agreed": a candidate's parties and status, for reading tests. */
  static String summary(Candidate c) {
    return c.supplierOrgs()
        + " "
        + c.supplierCountry()
        + "->"
        + c.recipientCountry()
        + " "
        + c.status().key();
  }

  @Test
  void aNamedVendorSupplyingACountryWithValueYearAndEvidence() {
    String text =
        "Guinea has signed a €50 million contract with Huawei in 2019 to install video"
            + " surveillance across Conakry.";
    List<Candidate> c = confident(text);
    assertThat(c).hasSize(1);
    Candidate k = c.get(0);
    assertThat(summary(k)).isEqualTo("[Huawei] CN->GN agreed");
    assertThat(k.technologies()).containsExactly(TechnologyCategory.VIDEO_SURVEILLANCE);
    assertThat(k.year()).isEqualTo(2019);
    assertThat(k.value().amount()).isEqualByComparingTo("50000000");
    assertThat(k.value().currency()).isEqualTo("EUR");
    Evidence e = k.evidence().get(0);
    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).isEqualTo(text);
  }

  @Test
  void listsDemonymsAndCrossSentenceSuppliers() {
    List<Candidate> c =
        confident(
            "Chinese firms dominate the market. South Africa, Bolivia, and Venezuela have all"
                + " imported Chinese technology used for public security.");
    assertThat(c)
        .extracting(Candidate::recipientCountry)
        .containsExactlyInAnyOrder("ZA", "BO", "VE");
    assertThat(c).allMatch(k -> "CN".equals(k.supplierCountry()));
    List<Candidate> d =
        confident(
            "Zimbabwe is expanding its facial recognition programme. The government has signed"
                + " an agreement with CloudWalk Technology to build a national face database.");
    assertThat(d).extracting(ExtractorTest::summary).containsExactly("[CloudWalk] CN->ZW agreed");
  }

  @Test
  void aCountryNamedWithItsArticleStaysInTheList() {
    List<Candidate> c =
        confident("Hikvision has sold video analytics cameras to Pakistan and the Philippines.");
    assertThat(c).extracting(Candidate::recipientCountry).containsExactlyInAnyOrder("PK", "PH");
  }

  @Test
  void anUnknownNameThatSellsIsASupplier() {
    List<Candidate> c =
        confident("US companies are active too: IBM has sold video analytics to Pakistan.");
    assertThat(c).extracting(Candidate::supplierOrgs).containsExactly(List.of("IBM"));
    assertThat(c).extracting(Candidate::recipientCountry).containsExactly("PK");
  }

  @Test
  void systemsThatHaveGoneToAListOfCountriesAreTransfersToEach() {
    List<Candidate> c =
        confident(
            "Huawei's CCTV systems have also gone to Kenya, Egypt and Zambia, activists say.");
    assertThat(c).allMatch(k -> k.supplierOrgs().equals(List.of("Huawei")));
    assertThat(c)
        .extracting(Candidate::recipientCountry)
        .containsExactlyInAnyOrder("KE", "EG", "ZM");
  }

  @Test
  void theSamePartiesInAnotherYearAreAnotherDeal() {
    List<Candidate> c =
        confident(
            "Pakistan's Punjab province said the Lahore Safe City project, built by Huawei at a"
                + " cost of 12 billion rupees, is now fully operational.\n\n"
                + "Officials say crime has fallen.\n\n"
                + "Islamabad's own safe city, also built by Huawei, was financed by a Chinese"
                + " government loan in 2016.");
    assertThat(c).allMatch(k -> k.supplierOrgs().equals(List.of("Huawei")));
    assertThat(c).allMatch(k -> "PK".equals(k.recipientCountry()));
    assertThat(c).hasSize(2);
    // The first names no date: it is the report's (its year; no weekday, so no month).
    assertThat(c).extracting(Candidate::year).containsExactlyInAnyOrder(2020, 2016);
  }

  @Test
  void statusCuesDenialsAndCancellations() {
    assertThat(confident("Huawei has denied reports that it supplied spyware to Uganda's police."))
        .extracting(k -> k.status())
        .containsExactly(TransferStatus.DENIED);
    assertThat(confident("Malaysia's police cancelled a $30 million order for Dahua body cameras."))
        .extracting(k -> k.status())
        .containsExactly(TransferStatus.CANCELLED);
  }

  @Test
  void hypotheticalsAndDomesticBusinessAreNotTransfers() {
    assertThat(
            confident(
                "Turkey's authoritarian regime may also turn to China's surveillance"
                    + " technology."))
        .isEmpty();
    assertThat(confident("Indonesia may turn to Chinese vendors for a national ID upgrade."))
        .isEmpty();
    assertThat(
            confident(
                "Huawei opened a research centre in Shenzhen and will hire engineers in"
                    + " China this year."))
        .isEmpty();
    // ... but domestic supply stated outright is one.
    assertThat(confident("Hikvision supplied cameras to Chinese police in Xinjiang."))
        .extracting(ExtractorTest::summary)
        .containsExactly("[Hikvision] CN->CN delivered");
  }

  @Test
  void unknownVendorsAreFlaggedAsNewOrganizations() {
    // An invented name, so that it stays unknown however the starter organizations grow.
    List<Candidate> c =
        confident(
            "The Israeli firm Tarsier Solutions sold phone-hacking tools to"
                + " Ghana's police in 2021.");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).supplierOrgs()).containsExactly("Tarsier Solutions");
    assertThat(c.get(0).newOrganization()).isTrue();
    assertThat(c.get(0).supplierCountry()).isEqualTo("IL");
  }

  @Test
  void mentionsForHighlighting() {
    List<MentionSpan> m = extractor.mentions("Ecuador got CCTV from ZTE.");
    assertThat(m).extracting(MentionSpan::type).contains("country", "technology", "organization");
  }
}
