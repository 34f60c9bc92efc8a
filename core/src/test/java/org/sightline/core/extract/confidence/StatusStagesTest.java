package org.sightline.core.extract.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.TestData;
import org.sightline.core.model.TransferStatus;

class StatusStagesTest {
  private static double[] cues(double agreed, double delivered, double operational) {
    double[] x = new double[Features.COUNT];
    x[Features.STATUS_CUE_FIRST + TransferStatus.AGREED.ordinal()] = agreed;
    x[Features.STATUS_CUE_FIRST + TransferStatus.DELIVERED.ordinal()] = delivered;
    x[Features.STATUS_CUE_FIRST + TransferStatus.OPERATIONAL.ordinal()] = operational;
    return x;
  }

  @Test
  void aFirmAgreementWithOnlyAWeakerDeliveryWordIsAgreed() {
    assertThat(StatusStages.revise(cues(1, 2 / 3.0, 0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.AGREED);
    // both firm: the delivery happened
    assertThat(StatusStages.revise(cues(1, 1, 0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.DELIVERED);
    // an agreement no firmer than the delivery changes nothing
    assertThat(StatusStages.revise(cues(2 / 3.0, 2 / 3.0, 0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.DELIVERED);
  }

  @Test
  void aFirmDeliveryBesideAStatedUseIsOperational() {
    assertThat(StatusStages.revise(cues(0, 1, 2 / 3.0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.OPERATIONAL);
    // a weak delivery word, a faint use, or a firm agreement beside them: still delivered
    assertThat(StatusStages.revise(cues(0, 2 / 3.0, 2 / 3.0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.DELIVERED);
    assertThat(StatusStages.revise(cues(0, 1, 1 / 3.0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.DELIVERED);
    assertThat(StatusStages.revise(cues(1, 1, 2 / 3.0), TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.DELIVERED);
  }

  @Test
  void theStatusModelSeesTheSameReadingsAsFeatures() {
    double[] agreed = cues(1, 2 / 3.0, 0);
    StatusStages.mark(agreed);
    assertThat(agreed[Features.AGREED_WITH_WEAK_DELIVERY]).isEqualTo(1);
    assertThat(agreed[Features.DELIVERED_AND_IN_USE]).isZero();
    double[] inUse = cues(0, 1, 2 / 3.0);
    StatusStages.mark(inUse);
    assertThat(inUse[Features.AGREED_WITH_WEAK_DELIVERY]).isZero();
    assertThat(inUse[Features.DELIVERED_AND_IN_USE]).isEqualTo(1);
    double[] neither = cues(1, 1, 2 / 3.0); // both firm: the deal's story, not a stage
    StatusStages.mark(neither);
    assertThat(neither[Features.AGREED_WITH_WEAK_DELIVERY]).isZero();
    assertThat(neither[Features.DELIVERED_AND_IN_USE]).isZero();
    assertThat(Features.STATUS_INPUTS)
        .contains(Features.AGREED_WITH_WEAK_DELIVERY, Features.DELIVERED_AND_IN_USE);
  }

  @Test
  void aDeliveryOrUseStatedAtSecondHandIsReported() {
    double[] hedged = cues(0, 1, 2 / 3.0);
    double[] modal = cues(0, 1, 0);
    modal[Features.WEAK_HEDGE] = 1; // "would", "if": not a claim passed on
    assertThat(StatusStages.revise(modal, TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.DELIVERED);
    hedged[Features.HEARSAY] = 1;
    assertThat(StatusStages.revise(hedged, TransferStatus.DELIVERED))
        .isEqualTo(TransferStatus.REPORTED);
    assertThat(StatusStages.revise(hedged, TransferStatus.OPERATIONAL))
        .isEqualTo(TransferStatus.REPORTED);
    // a hedged agreement or plan is left to the model and the rules
    assertThat(StatusStages.revise(hedged, TransferStatus.AGREED)).isEqualTo(TransferStatus.AGREED);
    assertThat(StatusStages.revise(hedged, TransferStatus.PLANNED))
        .isEqualTo(TransferStatus.PLANNED);
  }

  @Test
  void extractionReportsAHedgedSaleInEachLanguage() {
    LocalDate date = LocalDate.of(2024, 5, 2);
    String[] texts = {
      "Hikvision reportedly sold 300 cameras to Kenya's police in 2022.",
      "La Policía Nacional de Ecuador supuestamente compró en marzo de 2019 cámaras de"
          + " videovigilancia a la empresa china Huawei para vigilar las calles de Quito.",
      "Hikvision aurait vendu 300 caméras à la police du Sénégal en 2022.",
      "A Hikvision teria vendido 300 câmeras à polícia de Angola em 2022."
    };
    for (String text : texts) {
      List<Candidate> found = TestData.extractor().extract(text, date);
      assertThat(found).as(text).isNotEmpty();
      assertThat(found.get(0).status()).as(text).isEqualTo(TransferStatus.REPORTED);
    }
    List<Candidate> stated =
        TestData.extractor().extract("Hikvision sold 300 cameras to Kenya's police in 2022.", date);
    assertThat(stated).isNotEmpty();
    assertThat(stated.get(0).status()).isNotEqualTo(TransferStatus.REPORTED);
  }

  @Test
  void onlyADeliveredStatusIsRevised() {
    for (TransferStatus s : TransferStatus.values()) {
      if (s != TransferStatus.DELIVERED) {
        assertThat(StatusStages.revise(cues(1, 2 / 3.0, 1), s)).isEqualTo(s);
      }
    }
  }

  @Test
  void extractionReadsTheStagesOfItsOwnSentences() {
    LocalDate date = LocalDate.of(2024, 5, 2);
    List<Candidate> used =
        TestData.extractor()
            .extract(
                "Hikvision delivered 400 cameras to Kenya's police last year, and the network"
                    + " was switched on in March.",
                date);
    assertThat(used).isNotEmpty();
    assertThat(before(used.get(0))).isEqualTo(TransferStatus.DELIVERED);
    assertThat(used.get(0).status()).isEqualTo(TransferStatus.OPERATIONAL);

    List<Candidate> ordered =
        TestData.extractor()
            .extract(
                "Kenya's interior ministry ordered 400 cameras from Hikvision in 2023, and the"
                    + " company is installing them along the main roads of Nairobi.",
                date);
    assertThat(ordered).isNotEmpty();
    assertThat(before(ordered.get(0))).isEqualTo(TransferStatus.DELIVERED);
    assertThat(ordered.get(0).status()).isEqualTo(TransferStatus.AGREED);
  }

  /** The status the rules and the status model chose, before the stages were read again. */
  private static TransferStatus before(Candidate c) {
    double[] x = c.features();
    TransferStatus rule = TransferStatus.REPORTED;
    for (TransferStatus s : TransferStatus.values()) {
      if (x[Features.RULE_STATUS_FIRST + s.ordinal()] == 1) {
        rule = s;
      }
    }
    return StatusModel.bundled().choose(x, rule);
  }
}
