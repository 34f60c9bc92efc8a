package org.sightline.core.extract.confidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.TestData;

class ConfidenceTrainerTest {

  @Test
  void theBundledWeightsAreWhatTheTrainerFitsOnTheTrainSplits() {
    ConfidenceModel fitted =
        ConfidenceTrainer.fit(TestData.trainingTexts(), TestData.organizations());
    double[] bundled = ConfidenceModel.bundled().weights();
    double[] fresh = fitted.weights();
    for (int i = 0; i < Features.COUNT; i++) {
      assertThat(fresh[i])
          .as("weight %s: rerun ConfidenceTrainer (see its javadoc)", Features.NAMES.get(i))
          .isCloseTo(bundled[i], within(0.001));
    }
  }

  @Test
  void fittingLearnsFromLabels() {
    double[] good = new double[Features.COUNT];
    good[Features.BIAS] = 1;
    good[Features.CUE_STRENGTH] = 1;
    double[] bad = new double[Features.COUNT];
    bad[Features.BIAS] = 1;
    bad[Features.NEGATION] = 1;
    ConfidenceModel m =
        ConfidenceModel.fit(
            List.of(good, good, bad, bad), List.of(true, true, false, false), 0.01, 2000);
    assertThat(m.predict(good)).isGreaterThan(0.8);
    assertThat(m.predict(bad)).isLessThan(0.2);
  }
}
