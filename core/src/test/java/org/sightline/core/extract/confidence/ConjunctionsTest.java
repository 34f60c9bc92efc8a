package org.sightline.core.extract.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConjunctionsTest {

  @Test
  void noCueForTheMainCountryIsSetOnlyWhenBothHold() {
    double[] both = new double[Features.COUNT];
    both[Features.NO_CUE] = 1;
    both[Features.RECIPIENT_IS_MAIN_COUNTRY] = 1;
    Conjunctions.mark(both);
    assertThat(both[Features.NO_CUE_MAIN_COUNTRY]).isEqualTo(1);

    double[] cued = new double[Features.COUNT];
    cued[Features.RECIPIENT_IS_MAIN_COUNTRY] = 1;
    cued[Features.NO_CUE_MAIN_COUNTRY] = 1; // a stale value is overwritten
    Conjunctions.mark(cued);
    assertThat(cued[Features.NO_CUE_MAIN_COUNTRY]).isZero();

    double[] elsewhere = new double[Features.COUNT];
    elsewhere[Features.NO_CUE] = 1;
    Conjunctions.mark(elsewhere);
    assertThat(elsewhere[Features.NO_CUE_MAIN_COUNTRY]).isZero();
  }
}
