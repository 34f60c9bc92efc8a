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
 * round).
 */
class EndToEndScoresTest {
  private static final double DEV = 0.90;
  private static final double CORPUS_TRAIN = 0.90;
  private static final double CORPUS_HELD_OUT = 0.85;
  private static final double BLIND_HELD_OUT = 0.68;
  private static final int BLIND_HELD_OUT_ON_EMPTY_TEXTS = 1;
  private static final double BLIND_TRAIN = 0.88;
  // English development split at the level of round 8. The split grew from 42 to 58 passages
  // (written blind); round 7's rules and model scored 0.570 on it. The refit on the grown train
  // split (five seeds' averaged iterates) scores F1 0.567, year 0.667, end user 0.538, one
  // confident candidate on a text that states no transfer. Six near-miss passages (trade-fair copy,
  // lost bids, scanning reports; written blind) then joined it: the same build scores F1 0.555 and
  // is confident on four texts that state no transfer. Round 9 (ADR 0021: firms after "X-based" and
  // place-led names, a dated second deal of the same parties; refit with the near-miss train
  // passages) scores 0.540, confident on five; with round 9's es/fr/pt rules and the four-language
  // fit (ADR 0034), 0.546, confident on four; with round 9's second English part (firms before
  // will-supply verbs, dotted acronyms, appositives, no-deal phrases), 0.551, confident on four;
  // with es/fr/pt places (towns, provinces, states), refitted, 0.560. The home-verb scan then read
  // the word right before "in" ("a firm based in Italy": Italy is its home, not a recipient; it had
  // skipped that word in every language): refitted, cross-validation English 0.687 -> 0.694,
  // es/fr/pt 0.684 -> 0.677; English dev 0.558, year 21/32 (0.656). Round 10 (ADR 0021: recurring
  // names nothing marks as firms proposed apart and flagged, unknown names before "installed" or
  // "won", "an engineering group, X,"), refitted: cross-validation English 0.694 -> 0.698; English
  // dev 0.555 (58 of 127, as before) but year 20/32 (0.625): one matched pair's year fewer, so that
  // floor goes down by one.
  private static final double BLIND_CORPUS_DEV = 0.55;
  private static final double BLIND_CORPUS_DEV_YEAR = 0.62;
  private static final double BLIND_CORPUS_DEV_END_USER = 0.53;
  private static final int BLIND_CORPUS_DEV_ON_EMPTY_TEXTS = 4;

  // Spanish, French and Portuguese development splits (issue 16): F1 at the level reached, and no
  // confident candidate on texts that state no transfer. The splits grew from
  // 11 to 16 passages (written blind; the same rules scored es 0.296, fr 0.400, pt 0.364 on them);
  // the recall rules and language offset of ADR 0034 then reached es 0.467, fr 0.419, pt 0.474;
  // its addendum (no "usa" read as the USA, sources, a firm's other name) pt 0.529; round 7
  // (stories
  // that end in no deal, losing bidders, owners, seats, texts placed by their state or money) es
  // 0.533, fr 0.474, pt 0.595, and no confident candidate on French no-transfer texts either;
  // round 8 (company nouns read in their inflected forms: "a la empresa X", "à la société X") es
  // 0.581 with one more right, fr 0.462 with one more confident false alarm. The splits then grew
  // to 22-24 passages (written blind; round 7 scored es 0.440, fr 0.435, pt 0.561 on them), and the
  // refit on the grown train splits scores es 0.462, fr 0.426, pt 0.571. Three near-miss passages
  // per language then joined each (written blind): es 0.473, fr 0.392, pt 0.576, with one confident
  // candidate on a Spanish and one on a Portuguese text that states no transfer. Round 9's English
  // proposals and refit: pt 0.567, the same 17 transfers with one more false alarm. Round 9's
  // es/fr/pt
  // rules (the giving side, winning and ordering verbs, places; ADR 0034) with the four-language
  // fit:
  // es 0.526, fr 0.415, pt 0.586; with the home-verb scan fixed (see above), pt 0.552: one
  // Portuguese dev transfer fewer, kept because the fix is right in every language and the shared
  // fit
  // moves by one transfer either way.
  private static final double SPANISH_DEV = 0.52;
  private static final double FRENCH_DEV = 0.41;
  private static final int SPANISH_DEV_ON_EMPTY_TEXTS = 1;
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
   * The learned candidate model (ADR 0021) keeps it at one: main's guard.
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

  /**
   * The English development split written blind for issue 14 (tuned on, never fitted on): F1, the
   * year of what it matches (0.28 before statements without a date took their report's year), the
   * end user, and confident candidates on its texts that state no transfer.
   */
  @Test
  void corpusWrittenBlindDevelopmentSplit() {
    EvalReport r = score(TestData.corpusDev());
    assertThat(r.f1()).as(r.render(true)).isGreaterThanOrEqualTo(BLIND_CORPUS_DEV);
    assertThat(r.accuracy(Field.YEAR))
        .as(r.render(true))
        .isGreaterThanOrEqualTo(BLIND_CORPUS_DEV_YEAR);
    assertThat(r.accuracy(Field.END_USER))
        .as(r.render(true))
        .isGreaterThanOrEqualTo(BLIND_CORPUS_DEV_END_USER);
    assertThat(r.predictionsOnEmptyTexts())
        .as(r.render(true))
        .isLessThanOrEqualTo(BLIND_CORPUS_DEV_ON_EMPTY_TEXTS);
  }

  @Test
  void spanishFrenchAndPortugueseDevelopmentSplits() {
    EvalReport es = score(TestData.corpusDev("es"));
    assertThat(es.f1()).as(es.render(true)).isGreaterThanOrEqualTo(SPANISH_DEV);
    EvalReport fr = score(TestData.corpusDev("fr"));
    assertThat(fr.f1()).as(fr.render(true)).isGreaterThanOrEqualTo(FRENCH_DEV);
    EvalReport pt = score(TestData.corpusDev("pt"));
    assertThat(pt.f1()).as(pt.render(true)).isGreaterThanOrEqualTo(PORTUGUESE_DEV);
    assertThat(es.predictionsOnEmptyTexts())
        .as(es.render(true))
        .isLessThanOrEqualTo(SPANISH_DEV_ON_EMPTY_TEXTS);
    assertThat(fr.predictionsOnEmptyTexts()).as(fr.render(true)).isZero();
    assertThat(pt.predictionsOnEmptyTexts())
        .as(pt.render(true))
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
