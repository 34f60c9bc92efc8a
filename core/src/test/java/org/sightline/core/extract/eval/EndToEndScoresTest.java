package org.sightline.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.TestData;

/**
 * End-to-end scores. The thresholds are regression guards: what the pipeline achieved when it was
 * written (dev 1.000, corpus train 0.943, held-out 0.963 F1) minus a small margin, so a change that
 * makes extraction worse fails here. They are not targets to tune the pipeline against.
 */
class EndToEndScoresTest {
  private final Extractor extractor = TestData.extractor();

  private EvalReport score(List<GoldDocument> docs) {
    return Evaluation.run(
        extractor, TestData.organizations(), docs, Extractor.DEFAULT_MIN_CONFIDENCE);
  }

  @Test
  void devSet() {
    EvalReport r = score(TestData.dev());
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void corpusTrainSplit() {
    EvalReport r = score(CorpusSplit.train(TestData.corpus()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void corpusHeldOutSplitWithNoConfidentPredictionOnTextsStatingNoTransfer() {
    EvalReport r = score(CorpusSplit.heldOut(TestData.corpus()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(0.85);
    assertThat(r.predictionsOnEmptyTexts()).as(r.render(true)).isZero();
  }

  /**
   * The blind set's held-out half was not looked at text by text while the rules were changed (only
   * its totals) and is not fitted on; it scored F1 0.542 before the rules were changed for unseen
   * text and 0.778 (precision 0.913, recall 0.677) after, with no prediction on its texts that
   * state no transfer. See eval/README.md for what was seen while tuning.
   *
   * <p>With the larger starter data (545 organizations) one confident prediction on a text that
   * states no transfer appeared: Canon, listed as BriefCam's owner, is now a known name and is read
   * as the supplier in a market report. It was recorded, not tuned away (this half is held out).
   */
  @Test
  void blindHeldOutHalf() {
    EvalReport r = score(CorpusSplit.heldOut(TestData.blind()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(0.68);
    assertThat(r.predictionsOnEmptyTexts()).as(r.render(true)).isLessThanOrEqualTo(1);
  }

  @Test
  void blindTrainHalf() {
    EvalReport r = score(CorpusSplit.train(TestData.blind()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(0.88);
  }

  @Test
  void theBlindSetIsLongerAndHasTextsWithoutTransfers() {
    List<GoldDocument> all = TestData.blind();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    assertThat(all.stream().filter(d -> d.gold().isEmpty()).count()).isGreaterThanOrEqualTo(5);
    for (GoldDocument d : all) {
      assertThat(d.text().split("\\s+").length).as(d.id()).isGreaterThanOrEqualTo(150);
      for (GoldTransfer g : d.gold()) {
        assertThat(d.text()).as(d.id()).contains(g.evidence());
      }
    }
  }

  @Test
  void theCorpusIsBigAndVariedEnough() {
    List<GoldDocument> all = TestData.corpus();
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(all.stream().filter(d -> d.gold().isEmpty()).count()).isGreaterThanOrEqualTo(8);
    for (GoldDocument d : all) {
      for (GoldTransfer g : d.gold()) {
        assertThat(d.text()).as(d.id()).contains(g.evidence());
      }
    }
  }
}
