package org.sightline.core.extract.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.TestData;
import org.sightline.core.extract.eval.GoldTransfer;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

class ConfidenceTrainerTest {

  @Test
  void theBundledModelIsWhatTheTrainerFitsOnTheTrainingTexts() {
    // The recipe the script runs (no recipe flag): TrainingRun.RECIPE, on the same texts.
    Extractor labelling = ConfidenceTrainer.labellingExtractor(TestData.organizations());
    List<ConfidenceTrainer.Example> examples =
        ConfidenceTrainer.examples(TestData.trainingTexts(), labelling, TestData.organizations());
    TrainingRun.Texts english = new TrainingRun.Texts(TestData.trainingTexts(), examples);
    TrainingRun.Texts other =
        TrainingRun.Texts.label(
            TestData.otherLanguageTrainingTexts(), labelling, TestData.organizations());
    ConfidenceModel freshModel =
        TrainingRun.fitTransfer(english, other, TrainingRun.RECIPE, TestData.organizations());
    ConfidenceModel bundledModel = ConfidenceModel.bundled();
    double[] fresh = freshModel.weights();
    double[] bundled = bundledModel.weights();
    for (int i = 0; i < Features.COUNT; i++) {
      assertThat(fresh[i])
          .as("transfer weight %s: rerun TrainingRun (see its javadoc)", Features.NAMES.get(i))
          .isCloseTo(bundled[i], within(0.001));
    }
    double[][] freshStatus = TrainingRun.fitStatus(english, other).weights();
    double[][] bundledStatus = StatusModel.bundled().weights();
    for (TransferStatus s : TransferStatus.values()) {
      for (int i = 0; i < Features.COUNT; i++) {
        assertThat(freshStatus[s.ordinal()][i])
            .as("status %s weight %s: rerun TrainingRun", s.key(), Features.NAMES.get(i))
            .isCloseTo(bundledStatus[s.ordinal()][i], within(0.001));
      }
    }
  }

  @Test
  void fittingLearnsWhichFeaturesMarkATransferAndWhichStatus() {
    List<ConfidenceTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double[] sold = new double[Features.COUNT];
      sold[Features.BIAS] = 1;
      sold[Features.CUE_STRENGTH] = 1;
      sold[Features.STATUS_CUE_FIRST + TransferStatus.DELIVERED.ordinal()] = 1;
      double[] denied = sold.clone();
      denied[Features.STATUS_CUE_FIRST + TransferStatus.DENIED.ordinal()] = 1;
      double[] prospect = new double[Features.COUNT];
      prospect[Features.BIAS] = 1;
      prospect[Features.PROSPECT_CONTEXT] = 1;
      examples.add(new ConfidenceTrainer.Example("d" + i, candidate(sold), gold("delivered")));
      examples.add(new ConfidenceTrainer.Example("d" + i, candidate(denied), gold("denied")));
      examples.add(new ConfidenceTrainer.Example("d" + i, candidate(prospect), null));
    }
    ConfidenceModel m = ConfidenceTrainer.fit(examples);
    assertThat(m.predict(examples.get(0).candidate().features())).isGreaterThan(0.8);
    assertThat(m.predict(examples.get(2).candidate().features())).isLessThan(0.2);
    StatusModel s = ConfidenceTrainer.fitStatus(examples);
    assertThat(s.choose(examples.get(0).candidate().features(), TransferStatus.REPORTED))
        .isEqualTo(TransferStatus.DELIVERED);
    assertThat(s.choose(examples.get(1).candidate().features(), TransferStatus.REPORTED))
        .isEqualTo(TransferStatus.DENIED);
    // A reviewer sees what moved the score, strongest first, without the bias.
    assertThat(m.explain(examples.get(2).candidate().features(), 3))
        .extracting(ConfidenceModel.Contribution::feature)
        .containsExactly("prospect_context");
  }

  /** An averaged regime's weights are the mean of each seed's Tribuo fit, as plain weights. */
  @Test
  void aRegimeOfSeveralSeedsBundlesTheMeanOfTheirPlainWeights() {
    List<ConfidenceTrainer.Example> examples = examplesOfFortyTexts();
    ConfidenceTrainer.Regime two =
        new ConfidenceTrainer.Regime("two seeds", ConfidenceTrainer.EPOCHS, 2, true);
    double[] first =
        ConfidenceTrainer.binaryWeights(
            ConfidenceTrainer.tribuoTransferModel(examples, two, ConfidenceTrainer.SEED));
    double[] second =
        ConfidenceTrainer.binaryWeights(
            ConfidenceTrainer.tribuoTransferModel(examples, two, ConfidenceTrainer.SEED + 1));
    double[] mean = ConfidenceTrainer.fit(examples, two).weights();
    assertThat(first).isNotEqualTo(second); // the seed orders the examples differently
    for (int k = 0; k < Features.COUNT; k++) {
      assertThat(mean[k])
          .as(Features.NAMES.get(k))
          .isCloseTo((first[k] + second[k]) / 2, within(0.001));
    }
  }

  /**
   * Extraction reads Tribuo's fitted weights as one logistic regression; its confidence must be the
   * probability Tribuo's own model gives (to the four decimals the file keeps).
   */
  @Test
  void theOffsetIsTheMiddleOfABroadPlateauNotANarrowPeak() {
    // F1 by step: a one-step peak at 2, a plateau just below it from 6 to 10.
    double[] f1 = {0.50, 0.55, 0.70, 0.55, 0.60, 0.66, 0.68, 0.68, 0.69, 0.68, 0.68, 0.66, 0.60};
    assertThat(ConfidenceTrainer.bestSmoothed(f1, 0)).isEqualTo(2);
    assertThat(ConfidenceTrainer.bestSmoothed(f1, 2)).isEqualTo(8);
    // Equal means: the first (the weight nearest 0).
    assertThat(ConfidenceTrainer.bestSmoothed(new double[] {0.5, 0.5, 0.5}, 1)).isZero();
  }

  @Test
  void theStoredWeightsGiveTribuosProbabilities() {
    List<ConfidenceTrainer.Example> examples = examplesOfFortyTexts();
    var tribuo = ConfidenceTrainer.tribuoTransferModel(examples);
    ConfidenceModel ours = new ConfidenceModel(ConfidenceTrainer.binaryWeights(tribuo));
    for (ConfidenceTrainer.Example e : examples) {
      double[] x = e.candidate().features();
      double theirs =
          tribuo
              .predict(ConfidenceTrainer.transferExample(x, "none"))
              .getOutputScores()
              .get(ConfidenceTrainer.YES)
              .getScore();
      assertThat(ours.predict(x)).isCloseTo(theirs, within(0.002));
    }
  }

  private static List<ConfidenceTrainer.Example> examplesOfFortyTexts() {
    return ConfidenceTrainer.examples(
        TestData.trainingTexts().subList(0, 40),
        ConfidenceTrainer.labellingExtractor(TestData.organizations()),
        TestData.organizations());
  }

  private static Candidate candidate(double[] x) {
    return new Candidate(
        List.of("Acme"),
        "US",
        "KE",
        null,
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        null,
        null,
        null,
        null,
        TransferStatus.REPORTED,
        0.5,
        List.of(),
        false,
        x);
  }

  private static GoldTransfer gold(String status) {
    return new GoldTransfer(
        List.of("Acme"), "US", "KE", null, List.of(), null, null, null, null, status, "q");
  }
}
