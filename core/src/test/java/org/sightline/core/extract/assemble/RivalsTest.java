package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;

class RivalsTest {
  @Test
  void aWeakerPairingForTheSameRecipientIsMarkedByHowFarItTrails() {
    Draft strong = draft("Acme", "US", "KE", 0, 40, 1.0);
    Draft weak = draft("Bolt", "FR", "KE", 0, 40, 0.0);
    Draft elsewhere = draft("Acme", "US", "UG", 100, 140, 0.0);
    Rivals.mark(List.of(strong, weak, elsewhere));
    ConfidenceModel prior = ConfidenceModel.prior();
    double gap = prior.predict(strong.x) - prior.predict(weak.x);
    assertThat(gap).isPositive();
    assertThat(weak.x[Features.OUTSCORED_FOR_RECIPIENT]).isCloseTo(gap, within(1e-9));
    assertThat(weak.x[Features.SENTENCE_CLAIMED_BY_STRONGER]).isEqualTo(1);
    assertThat(weak.x[Features.OUTSCORED_FOR_SUPPLIER]).isZero(); // nobody else sells for Bolt
    // The leader is outscored by no one; its other recipient trails it as Acme's weaker deal.
    assertThat(strong.x[Features.OUTSCORED_FOR_RECIPIENT]).isZero();
    assertThat(strong.x[Features.SENTENCE_CLAIMED_BY_STRONGER]).isZero();
    assertThat(elsewhere.x[Features.OUTSCORED_FOR_SUPPLIER]).isPositive();
    assertThat(elsewhere.x[Features.OUTSCORED_FOR_RECIPIENT]).isZero();
    assertThat(elsewhere.x[Features.SENTENCE_CLAIMED_BY_STRONGER]).isZero(); // its own sentence
  }

  private static Draft draft(
      String org, String supplier, String recipient, int from, int to, double cue) {
    Draft d = new Draft();
    d.orgs.add(org);
    d.supplierCountry = supplier;
    d.recipient = recipient;
    d.spans.add(new int[] {from, to});
    d.x[Features.BIAS] = 1;
    d.x[Features.CUE_STRENGTH] = cue;
    return d;
  }
}
