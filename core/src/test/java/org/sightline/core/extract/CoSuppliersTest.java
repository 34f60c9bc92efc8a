package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

class CoSuppliersTest {
  private static final Evidence SENTENCE =
      new Evidence("Dahua and Hikvision cameras were installed in Zambia.", 0, 53);

  @Test
  void vendorsTheModelBelievesInOneStatementBecomeOneJointCandidate() {
    List<Candidate> joined =
        CoSuppliers.join(
            List.of(
                candidate("Hikvision", "CN", 0.8, SENTENCE),
                candidate("Dahua", "CN", 0.7, SENTENCE)),
            0.5);
    assertThat(joined).singleElement();
    assertThat(joined.get(0).supplierOrgs()).containsExactly("Hikvision", "Dahua");
    assertThat(joined.get(0).confidence()).isEqualTo(0.8);
  }

  @Test
  void otherSentencesOtherHomesAndDoubtfulVendorsStayApart() {
    Evidence other = new Evidence("Dahua later supplied Zambia.", 60, 87);
    assertThat(
            CoSuppliers.join(
                List.of(
                    candidate("Hikvision", "CN", 0.8, SENTENCE),
                    candidate("Dahua", "CN", 0.7, other)),
                0.5))
        .hasSize(2);
    assertThat(
            CoSuppliers.join(
                List.of(
                    candidate("Hikvision", "CN", 0.8, SENTENCE),
                    candidate("Axis Communications", "SE", 0.7, SENTENCE)),
                0.5))
        .hasSize(2);
    assertThat(
            CoSuppliers.join(
                List.of(
                    candidate("Hikvision", "CN", 0.8, SENTENCE),
                    candidate("Dahua", "CN", 0.3, SENTENCE)),
                0.5))
        .extracting(Candidate::supplierOrgs)
        .containsExactly(List.of("Hikvision"), List.of("Dahua"));
  }

  @Test
  void extractionJoinsVendorsNamedTogetherForEachRecipient() {
    List<Candidate> cs =
        TestData.extractor()
            .extract(
                "Dahua and Hikvision cameras have been installed in public schools in Zambia and"
                    + " Namibia, the education ministries said.",
                null,
                0.5);
    assertThat(cs)
        .isNotEmpty()
        .allSatisfy(
            c -> assertThat(c.supplierOrgs()).containsExactlyInAnyOrder("Dahua", "Hikvision"));
    assertThat(cs).extracting(Candidate::recipientCountry).containsExactlyInAnyOrder("ZM", "NA");
  }

  private static Candidate candidate(
      String org, String country, double confidence, Evidence evidence) {
    return new Candidate(
        List.of(org),
        country,
        "ZM",
        null,
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        null,
        null,
        null,
        null,
        TransferStatus.DELIVERED,
        confidence,
        List.of(evidence),
        false,
        new double[0]);
  }
}
