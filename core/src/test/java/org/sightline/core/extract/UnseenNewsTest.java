package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.TransferStatus;

/**
 * Regression cases from text the rules were not written on: a Reuters-style story about Kenya and
 * Uganda that the first pipeline mostly missed, and datelines that lent their year to a transfer.
 */
class UnseenNewsTest {
  private final Extractor extractor = TestData.extractor();

  private static final String KENYA =
      """
      NAIROBI (Reuters) - Kenya's interior ministry has awarded a 14 billion shilling contract \
      to Safaricom to extend the Nairobi and Mombasa surveillance network, the ministry said on \
      Tuesday. Safaricom will install 1,800 additional cameras linked to the national police \
      command centre, using equipment supplied by Huawei.

      The original system, built by Huawei and Safaricom in 2014, has been credited by officials \
      with reducing crime, although rights groups have criticised the lack of oversight. Huawei \
      declined to comment.

      Separately, Uganda's police said they had stopped using a batch of Israeli-made \
      phone-hacking tools after a court challenge. The force bought the Cellebrite devices in \
      2019, according to procurement records seen by Reuters.

      Meanwhile Tanzania is considering offers from several vendors for a similar project, \
      including Hikvision, but no decision has been made.
      """;

  private static Optional<Candidate> find(List<Candidate> cs, String org, String recipient) {
    return cs.stream()
        .filter(c -> c.supplierOrgs().contains(org) && recipient.equals(c.recipientCountry()))
        .findFirst();
  }

  @Test
  void aDomesticContractorItsEquipmentSupplierAndASuspension() {
    List<Candidate> cs = extractor.extract(KENYA, LocalDate.of(2021, 3, 2), 0.5);

    Candidate safaricom =
        cs.stream()
            // The new contract names no date: it is dated by the report (2021).
            .filter(
                c ->
                    c.supplierOrgs().contains("Safaricom")
                        && Integer.valueOf(2021).equals(c.year()))
            .findFirst()
            .orElseThrow();
    assertThat(safaricom.recipientCountry()).isEqualTo("KE");
    assertThat(safaricom.supplierCountry()).isEqualTo("KE");
    assertThat(safaricom.value().amount()).isEqualByComparingTo("14000000000");
    assertThat(safaricom.value().currency()).isEqualTo("KES");
    assertThat(safaricom.status()).isEqualTo(TransferStatus.AGREED);

    // "The original system, built by Huawei and Safaricom in 2014": an earlier deal between the
    // same parties, kept apart from the new contract by the rules (how confident the model is of
    // it moves with each refit, so every proposal is looked at).
    List<Candidate> all = extractor.extract(KENYA, LocalDate.of(2021, 3, 2), 0);
    assertThat(all)
        .anyMatch(
            c ->
                c.supplierOrgs().contains("Safaricom")
                    && Integer.valueOf(2014).equals(c.year())
                    && c.value() == null);

    // The equipment supplier behind the domestic contractor is proposed with its own country and
    // status; the model refitted for round 3 scores it just under the threshold (0.49), which the
    // round's report records as a weakness.
    Candidate huawei = find(all, "Huawei", "KE").orElseThrow();
    assertThat(huawei.supplierCountry()).isEqualTo("CN");
    assertThat(huawei.status()).isIn(TransferStatus.DELIVERED, TransferStatus.OPERATIONAL);

    Candidate cellebrite = find(cs, "Cellebrite", "UG").orElseThrow();
    assertThat(cellebrite.status()).isEqualTo(TransferStatus.SUSPENDED);
    assertThat(cellebrite.year()).isEqualTo(2019);

    // "is considering offers ... no decision has been made": nothing for Tanzania, at any
    // confidence.
    assertThat(all).noneMatch(c -> "TZ".equals(c.recipientCountry()));
    assertThat(cs).hasSizeBetween(2, 4);
  }

  @Test
  void theDatelineIsNeitherTheDateNorTheEvidence() {
    String text =
        """
        Harare, 12 May 2019.

        In March 2018 the government of Zimbabwe signed an agreement with CloudWalk Technology \
        to build a national facial recognition database.""";
    List<Candidate> cs = extractor.extract(text, LocalDate.of(2019, 5, 12), 0.5);
    assertThat(cs).hasSize(1);
    Candidate c = cs.get(0);
    assertThat(c.supplierOrgs()).containsExactly("CloudWalk");
    assertThat(c.year()).isEqualTo(2018);
    assertThat(c.month()).isEqualTo(3);
    assertThat(c.evidence()).allSatisfy(e -> assertThat(e.text()).doesNotContain("12 May"));
  }

  @Test
  void aDatelineOnTheFirstSentenceLendsItNoYearAndNoRecipient() {
    String text =
        "HARARE, 12 May 2019 - Zimbabwe's government has signed an agreement with CloudWalk"
            + " Technology to build a national facial recognition database.";
    // Without a document date the dateline's date is not taken for the deal's.
    Candidate c = extractor.extract(text, null, 0.5).get(0);
    assertThat(c.recipientCountry()).isEqualTo("ZW");
    assertThat(c.year()).isNull();
    assertThat(c.evidence().get(0).text()).startsWith("Zimbabwe's government");

    String nairobi =
        "NAIROBI (Reuters) - Uganda's police bought Cellebrite phone-hacking devices in 2019.";
    assertThat(extractor.extract(nairobi, LocalDate.of(2021, 3, 2), 0.5))
        .extracting(Candidate::recipientCountry)
        .containsExactly("UG");
  }
}
