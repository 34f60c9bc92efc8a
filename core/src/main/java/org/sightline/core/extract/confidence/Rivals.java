package org.sightline.core.extract.confidence;

import java.util.Collection;
import java.util.List;

/**
 * Each candidate judged against the other candidates of its text (ADR 0021, round 10): how far a
 * rival for the same recipient, or for the same supplier, outscores it, and whether a stronger
 * rival rests on one of its sentences. The scores are a first-stage model's ({@link
 * ConfidenceModel#firstStage()}), fitted without these features; when fitting the second stage they
 * are out-of-fold ({@link Stacking}), so a text's own labels never reach its features. Extraction
 * and training both call {@link #mark}, so the features are computed one way.
 */
public final class Rivals {
  /** One candidate of a text: its parties, the spans of its sentences and its features. */
  public record Party(
      String recipient,
      Collection<String> orgs,
      String supplierCountry,
      List<int[]> spans,
      double[] x) {}

  private Rivals() {}

  /** Sets the rival features of each party's {@code x}; {@code scores} are the first stage's. */
  public static void mark(List<Party> parties, double[] scores) {
    int n = parties.size();
    for (int i = 0; i < n; i++) {
      Party d = parties.get(i);
      double byRecipient = 0;
      double bySupplier = 0;
      boolean sentenceTaken = false;
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        Party r = parties.get(j);
        double margin = scores[j] - scores[i];
        if (d.recipient() != null && d.recipient().equals(r.recipient())) {
          byRecipient = Math.max(byRecipient, margin);
        }
        if (sameSupplier(d, r)) {
          bySupplier = Math.max(bySupplier, margin);
        }
        sentenceTaken |= margin > 1e-9 && shareSpan(d, r);
      }
      d.x()[Features.OUTSCORED_FOR_RECIPIENT] = byRecipient;
      d.x()[Features.OUTSCORED_FOR_SUPPLIER] = bySupplier;
      d.x()[Features.SENTENCE_CLAIMED_BY_STRONGER] = sentenceTaken ? 1 : 0;
    }
  }

  /** The same organizations, or with none named on either side the same supplier country. */
  private static boolean sameSupplier(Party a, Party b) {
    if (!a.orgs().isEmpty() || !b.orgs().isEmpty()) {
      for (String o : a.orgs()) {
        if (b.orgs().contains(o)) {
          return true;
        }
      }
      return false;
    }
    return a.supplierCountry() != null && a.supplierCountry().equals(b.supplierCountry());
  }

  private static boolean shareSpan(Party a, Party b) {
    for (int[] s : a.spans()) {
      for (int[] t : b.spans()) {
        if (s[0] < t[1] && t[0] < s[1]) {
          return true;
        }
      }
    }
    return false;
  }
}
