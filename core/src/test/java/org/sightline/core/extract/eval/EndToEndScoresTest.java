package org.sightline.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.TestData;

/**
 * End-to-end scores. The thresholds are regression guards: what the pipeline with the learned
 * candidate model achieves (eval/README.md has the figures of each round) minus a small margin, so
 * a change that makes extraction worse fails here. They are not targets to tune the pipeline
 * against. The rules written for the first corpora scored higher on them (dev 1.000, corpus train
 * 0.943, held-out 0.963, blind held-out half 0.778 F1) and far lower on text written blind (F1 0.47
 * on the English development split); the model trades some of the first for the second.
 */
class EndToEndScoresTest {
  private static final double DEV = 0.60;
  private static final double CORPUS_TRAIN = 0.90;
  private static final double CORPUS_HELD_OUT = 0.90;
  private static final double BLIND_HELD_OUT = 0.68;
  private static final int BLIND_HELD_OUT_ON_EMPTY_TEXTS = 2;
  private static final double BLIND_TRAIN = 0.82;
  private static final double BLIND_CORPUS_DEV = 0.55;

  private final Extractor extractor = TestData.extractor();

  private EvalReport score(List<GoldDocument> docs) {
    return Evaluation.run(
        extractor, TestData.organizations(), docs, Extractor.DEFAULT_MIN_CONFIDENCE);
  }

  @Test
  void devSet() {
    EvalReport r = score(TestData.dev());
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(DEV);
  }

  @Test
  void corpusTrainSplit() {
    EvalReport r = score(CorpusSplit.train(TestData.corpus()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(CORPUS_TRAIN);
  }

  @Test
  void corpusHeldOutSplitWithNoConfidentPredictionOnTextsStatingNoTransfer() {
    EvalReport r = score(CorpusSplit.heldOut(TestData.corpus()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(CORPUS_HELD_OUT);
    assertThat(r.predictionsOnEmptyTexts()).as(r.render(true)).isZero();
  }

  /**
   * The blind set's held-out half is not fitted on. It scored F1 0.542 before the rules were
   * changed for unseen text, 0.778 after and 0.877 once its misses had been looked at (session 2,
   * so no longer a blind measure), with no prediction on its texts that state no transfer; see
   * eval/README.md for what the learned model does to it.
   *
   * <p>With the larger starter data (545 organizations) one confident prediction on a text that
   * states no transfer appeared: Canon, listed as BriefCam's owner, is now a known name and is read
   * as the supplier in a market report. It was recorded, not tuned away (this half is held out).
   * The learned candidate model (ADR 0021) no longer proposes that one but proposes two on another
   * such text (a domestic vendor, and a foreign one beside it); recorded too, not tuned away, so
   * two is the most this test allows.
   */
  @Test
  void blindHeldOutHalf() {
    EvalReport r = score(CorpusSplit.heldOut(TestData.blind()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(BLIND_HELD_OUT);
    assertThat(r.predictionsOnEmptyTexts())
        .as(r.render(true))
        .isLessThanOrEqualTo(BLIND_HELD_OUT_ON_EMPTY_TEXTS);
  }

  @Test
  void blindTrainHalf() {
    EvalReport r = score(CorpusSplit.train(TestData.blind()));
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(BLIND_TRAIN);
  }

  /** The English development split written blind for issue 14 (tuned on, never fitted on). */
  @Test
  void corpusWrittenBlindDevelopmentSplit() {
    EvalReport r = score(TestData.corpusDev());
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(BLIND_CORPUS_DEV);
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
