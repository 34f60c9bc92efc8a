package org.sightline.core.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.TestData;

/**
 * End-to-end scores. The thresholds are regression guards, not targets to tune against: main's
 * guards from before the learned candidate model (the project's own texts may not be traded for the
 * texts written blind), and for the English development split written blind what the model achieves
 * minus a small margin, its F1 and its year accuracy (eval/README.md has the figures of each
 * round). A failing guard prints the report's totals only, never per-text lines: the development
 * and held-out texts are read as totals by whoever changes rules (eval/corpus/README.md).
 */
class EndToEndScoresTest {
  // eval/dev.jsonl is one English text with 11 transfers, so each transfer moves F1 by ~0.05. The
  // round-12 refit on the grown train splits scores 8 of 11 above 0.5 (F1 0.842; the round-11
  // model 10 of 11); the floor is at what it scores (ADR 0021, round 12).
  private static final double DEV = 0.84;
  private static final double CORPUS_TRAIN = 0.90;
  private static final double CORPUS_HELD_OUT = 0.85;
  private static final double BLIND_HELD_OUT = 0.68;
  private static final int BLIND_HELD_OUT_ON_EMPTY_TEXTS = 1;
  // 0.88 -> 0.82 over rounds 10 and 11: two transfers of this fitted-on half (24/29) lost to refits
  // after general changes that raised five-fold CV (deals of the same parties kept apart; every
  // form
  // of the English cue verbs). ADR 0021 gives the figures.
  private static final double BLIND_TRAIN = 0.82;
  // The development splits written blind (issues 14 and 16) guard the level last measured, each
  // floor at what the bundled refit scores (round 12, 2026-12-07, final: en F1 0.597, year 22/39,
  // end user 24/50, 4 confident on no-transfer texts; es 0.533, fr 0.453, pt 0.571). A floor is
  // lowered only with a reason, by what a correct general change costs. Round 12 grew every dev
  // split with passages written blind (en 76 -> 92, es 31 -> 35, fr 29 -> 33, pt 30 -> 34); the
  // English year and end-user floors and the Spanish floor were set on the grown splits, where the
  // round's first build already scored lower than on the old ones (before any change of the round:
  // en 0.562, year 21/36, end user 21/44; es 0.563 -> 0.533). Each round's figures and reasons are
  // in the addenda of ADR 0021 (English) and ADR 0034
  // (es/fr/pt). Round 13 (2026-12-08) grew the dev splits again (en 92 -> 102, es 35 -> 39, fr 33
  // -> 35, pt 34 -> 38); main's refit on the grown train splits, before any rule change, scores en
  // 0.589 with 5 confident on no-transfer texts, es 0.552, fr 0.494, pt 0.561: the English and
  // Portuguese floors and the English no-transfer ceiling are set there. Round 13's company nouns
  // (extract29) add one confident candidate on the Portuguese dev split that matches no gold (pt
  // 0.561 -> 0.554 with main's model as with the refit, matched 23 either way) while the selection
  // figure's dev pt passages rise (ten seeds 0.569 -> 0.578) and every seed's dev es/fr/pt mean
  // rises: the Portuguese floor goes to 0.55, the lead to confirm at the merge.
  private static final double BLIND_CORPUS_DEV = 0.58;
  private static final double BLIND_CORPUS_DEV_YEAR = 0.56;
  private static final double BLIND_CORPUS_DEV_END_USER = 0.48;
  private static final int BLIND_CORPUS_DEV_ON_EMPTY_TEXTS = 5;

  private static final double SPANISH_DEV = 0.53;
  private static final double FRENCH_DEV = 0.45;
  private static final int SPANISH_DEV_ON_EMPTY_TEXTS = 2;
  private static final int PORTUGUESE_DEV_ON_EMPTY_TEXTS = 1;
  private static final double PORTUGUESE_DEV = 0.55;

  private final Extractor extractor = TestData.extractor();

  private EvalReport score(List<GoldDocument> docs) {
    return Evaluation.run(
        extractor, TestData.organizations(), docs, Extractor.DEFAULT_MIN_CONFIDENCE);
  }

  @Test
  void devSet() {
    EvalReport r = score(TestData.dev());
    assertThat(r.f1()).as(r.render(false)).isGreaterThanOrEqualTo(DEV);
  }

  @Test
  void corpusTrainSplit() {
    EvalReport r = score(CorpusSplit.train(TestData.corpus()));
    assertThat(r.f1()).as(r.render(false)).isGreaterThanOrEqualTo(CORPUS_TRAIN);
  }

  @Test
  void corpusHeldOutSplitWithNoConfidentPredictionOnTextsStatingNoTransfer() {
    EvalReport r = score(CorpusSplit.heldOut(TestData.corpus()));
    assertThat(r.f1()).as(r.render(false)).isGreaterThanOrEqualTo(CORPUS_HELD_OUT);
    assertThat(r.predictionsOnEmptyTexts()).as(r.render(false)).isZero();
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
   * The learned candidate model (ADR 0021) keeps it at one: main's guard.
   */
  @Test
  void blindHeldOutHalf() {
    EvalReport r = score(CorpusSplit.heldOut(TestData.blind()));
    assertThat(r.f1()).as(r.render(false)).isGreaterThanOrEqualTo(BLIND_HELD_OUT);
    assertThat(r.predictionsOnEmptyTexts())
        .as(r.render(false))
        .isLessThanOrEqualTo(BLIND_HELD_OUT_ON_EMPTY_TEXTS);
  }

  @Test
  void blindTrainHalf() {
    EvalReport r = score(CorpusSplit.train(TestData.blind()));
    assertThat(r.f1()).as(r.render(false)).isGreaterThanOrEqualTo(BLIND_TRAIN);
  }

  /**
   * The English development split written blind for issue 14 (tuned on, never fitted on): F1, the
   * year of what it matches (0.28 before statements without a date took their report's year), the
   * end user, and confident candidates on its texts that state no transfer.
   */
  @Test
  void corpusWrittenBlindDevelopmentSplit() {
    EvalReport r = score(TestData.corpusDev());
    assertThat(r.f1()).as(r.render(false)).isGreaterThanOrEqualTo(BLIND_CORPUS_DEV);
    assertThat(r.accuracy(Field.YEAR))
        .as(r.render(false))
        .isGreaterThanOrEqualTo(BLIND_CORPUS_DEV_YEAR);
    assertThat(r.accuracy(Field.END_USER))
        .as(r.render(false))
        .isGreaterThanOrEqualTo(BLIND_CORPUS_DEV_END_USER);
    assertThat(r.predictionsOnEmptyTexts())
        .as(r.render(false))
        .isLessThanOrEqualTo(BLIND_CORPUS_DEV_ON_EMPTY_TEXTS);
  }

  @Test
  void spanishFrenchAndPortugueseDevelopmentSplits() {
    EvalReport es = score(TestData.corpusDev("es"));
    assertThat(es.f1()).as(es.render(false)).isGreaterThanOrEqualTo(SPANISH_DEV);
    EvalReport fr = score(TestData.corpusDev("fr"));
    assertThat(fr.f1()).as(fr.render(false)).isGreaterThanOrEqualTo(FRENCH_DEV);
    EvalReport pt = score(TestData.corpusDev("pt"));
    assertThat(pt.f1()).as(pt.render(false)).isGreaterThanOrEqualTo(PORTUGUESE_DEV);
    assertThat(es.predictionsOnEmptyTexts())
        .as(es.render(false))
        .isLessThanOrEqualTo(SPANISH_DEV_ON_EMPTY_TEXTS);
    assertThat(fr.predictionsOnEmptyTexts()).as(fr.render(false)).isZero();
    assertThat(pt.predictionsOnEmptyTexts())
        .as(pt.render(false))
        .isLessThanOrEqualTo(PORTUGUESE_DEV_ON_EMPTY_TEXTS);
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
