package org.sightline.core.extract.assemble;

import java.util.List;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.confidence.Features;

/**
 * Each draft judged against the other drafts of its text (ADR 0021, round 10): how far a rival for
 * the same recipient, or for the same supplier, outscores it, and whether a stronger rival claims
 * one of its sentences. Scores are the hand-set merge prior's ({@link ConfidenceModel#prior()}),
 * never the fitted model's: the prior is fitted on nothing, so a rival's score carries no label of
 * the text into the features, and cross-validation measures what the bundled model will do without
 * fitting a first stage out of fold.
 */
final class Rivals {
  private static final ConfidenceModel PRIOR = ConfidenceModel.prior();

  private Rivals() {}

  /** Sets the rival features of every draft of one text. */
  static void mark(List<Draft> drafts) {
    int n = drafts.size();
    double[] score = new double[n];
    for (int i = 0; i < n; i++) {
      score[i] = PRIOR.predict(drafts.get(i).x);
    }
    for (int i = 0; i < n; i++) {
      Draft d = drafts.get(i);
      double byRecipient = 0;
      double bySupplier = 0;
      boolean sentenceTaken = false;
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        Draft r = drafts.get(j);
        double margin = score[j] - score[i];
        if (d.recipient != null && d.recipient.equals(r.recipient)) {
          byRecipient = Math.max(byRecipient, margin);
        }
        if (sameSupplier(d, r)) {
          bySupplier = Math.max(bySupplier, margin);
        }
        sentenceTaken |= margin > 1e-9 && shareSpan(d, r);
      }
      d.x[Features.OUTSCORED_FOR_RECIPIENT] = byRecipient;
      d.x[Features.OUTSCORED_FOR_SUPPLIER] = bySupplier;
      d.x[Features.SENTENCE_CLAIMED_BY_STRONGER] = sentenceTaken ? 1 : 0;
    }
  }

  /** The same organizations, or with none named on either side the same supplier country. */
  private static boolean sameSupplier(Draft a, Draft b) {
    if (!a.orgs.isEmpty() || !b.orgs.isEmpty()) {
      for (String o : a.orgs) {
        if (b.orgs.contains(o)) {
          return true;
        }
      }
      return false;
    }
    return a.supplierCountry != null && a.supplierCountry.equals(b.supplierCountry);
  }

  private static boolean shareSpan(Draft a, Draft b) {
    for (int[] s : a.spans) {
      for (int[] t : b.spans) {
        if (s[0] < t[1] && t[0] < s[1]) {
          return true;
        }
      }
    }
    return false;
  }
}
