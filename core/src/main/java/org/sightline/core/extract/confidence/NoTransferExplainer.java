package org.sightline.core.extract.confidence;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.eval.GoldDocument;

/**
 * For the training texts only: each candidate of a text that states no transfer whose confidence
 * reaches {@code floor}, with the features that moved it most. Finding the general reasons such
 * candidates score high is how the features against them were chosen (ADR 0021, round 10).
 */
final class NoTransferExplainer {
  private NoTransferExplainer() {}

  static void print(TrainingRun.Texts texts, ConfidenceModel model, double floor) {
    Set<String> empty = new HashSet<>();
    for (GoldDocument d : texts.docs()) {
      if (d.gold().isEmpty()) {
        empty.add(d.id());
      }
    }
    for (ConfidenceTrainer.Example e : texts.examples()) {
      Candidate c = e.candidate();
      double p = model.predict(c.features());
      if (!empty.contains(e.document()) || p < floor) {
        continue;
      }
      StringBuilder s = new StringBuilder();
      for (ConfidenceModel.Contribution k : model.explain(c.features(), 8)) {
        s.append(String.format(Locale.ROOT, " %s=%+.2f", k.feature(), k.logOdds()));
      }
      System.out.printf(
          Locale.ROOT,
          "no-transfer %s %s %s -> %s %.3f:%s%n",
          e.document(),
          c.supplierOrgs(),
          c.supplierCountry(),
          c.recipientCountry(),
          p,
          s);
    }
  }
}
