package org.sightline.core.extract.confidence;

/**
 * Products of two features, for what a linear model cannot say by adding them: that a weak sign
 * means "uncertain" beside one feature and "wrong" beside another (ADR 0021, round 11). Set once
 * the other features are final (after merging), as {@link StatusStages#mark} is.
 */
public final class Conjunctions {
  private Conjunctions() {}

  /** Sets each product feature of {@code x} from the two it joins. */
  public static void mark(double[] x) {
    x[Features.NO_CUE_MAIN_COUNTRY] = x[Features.NO_CUE] * x[Features.RECIPIENT_IS_MAIN_COUNTRY];
  }
}
