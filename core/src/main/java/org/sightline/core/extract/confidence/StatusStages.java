package org.sightline.core.extract.confidence;

import org.sightline.core.model.TransferStatus;

/**
 * Second thoughts on a delivered status, read from how firmly a candidate's sentences state each
 * stage ({@link Features#STATUS_CUE_FIRST}); applied to the status already chosen, after the
 * candidate is scored, so no feature and no confidence changes (ADR 0021, "status, round 9").
 *
 * <ul>
 *   <li>A firm agreement ("signed a contract", cue 3) with only a weaker delivery word ("to
 *       install", "will build", cue 2) is agreed: the delivery word names what the deal is for, not
 *       something that has happened.
 *   <li>A firm delivery (cue 3) stated beside a use of the system (cue 2 or more: "installed ...
 *       and now in use") is operational, unless a firm agreement is also stated (then the sentences
 *       tell the deal's story, and the use is often a plan or a side remark).
 *   <li>A delivery or a use stated only at second hand ("reportedly sold", "habría vendido",
 *       "aurait livré", "teria vendido": a hedge that passes on a claim, {@link Features#HEARSAY},
 *       not a modal such as "would") is reported: the text passes on a claim rather than stating
 *       the stage (round 11; applied to an operational status too).
 * </ul>
 *
 * <p>Since round 10 the same two readings are also features of the status model ({@link #mark}),
 * fitted on all four languages. The model does not take over the rule: without it five-fold status
 * fell (en 98 to 95 of 177, es 31 to 29 of 42), so the rule still runs after the model.
 */
public final class StatusStages {
  private static final double FIRM = 1.0 - 1e-6; // cue 3 of 3
  private static final double STATED = 2.0 / 3 - 1e-6; // cue 2 or more

  private StatusStages() {}

  /**
   * Sets the two stage features of {@code x} ({@link Features#AGREED_WITH_WEAK_DELIVERY}, {@link
   * Features#DELIVERED_AND_IN_USE}) from its status cues, for the status model to weigh.
   */
  public static void mark(double[] x) {
    double agreed = cue(x, TransferStatus.AGREED);
    double delivered = cue(x, TransferStatus.DELIVERED);
    double operational = cue(x, TransferStatus.OPERATIONAL);
    x[Features.AGREED_WITH_WEAK_DELIVERY] =
        agreed >= FIRM && delivered > 0 && delivered < FIRM && operational == 0 ? 1 : 0;
    x[Features.DELIVERED_AND_IN_USE] =
        operational >= STATED && delivered >= FIRM && agreed < FIRM ? 1 : 0;
  }

  /** {@code chosen}, or the stage the cues of {@code x} state more firmly. */
  public static TransferStatus revise(double[] x, TransferStatus chosen) {
    if (secondHand(x, chosen)) {
      return TransferStatus.REPORTED;
    }
    if (chosen != TransferStatus.DELIVERED) {
      return chosen;
    }
    double agreed = cue(x, TransferStatus.AGREED);
    double delivered = cue(x, TransferStatus.DELIVERED);
    double operational = cue(x, TransferStatus.OPERATIONAL);
    if (agreed >= FIRM && delivered < FIRM && operational == 0) {
      return TransferStatus.AGREED;
    }
    if (operational >= STATED && delivered >= FIRM && agreed < FIRM) {
      return TransferStatus.OPERATIONAL;
    }
    return chosen;
  }

  /** A delivered or operational status whose sentences pass on a claim. */
  private static boolean secondHand(double[] x, TransferStatus chosen) {
    return (chosen == TransferStatus.DELIVERED || chosen == TransferStatus.OPERATIONAL)
        && x[Features.HEARSAY] >= 1;
  }

  private static double cue(double[] x, TransferStatus s) {
    return x[Features.STATUS_CUE_FIRST + s.ordinal()];
  }
}
