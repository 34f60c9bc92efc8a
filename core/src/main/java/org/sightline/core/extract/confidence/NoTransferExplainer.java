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

  /** Every training candidate as a line: text, whether it is right, then its features. */
  static void dump(TrainingRun.Texts texts, java.nio.file.Path out) throws java.io.IOException {
    Set<String> empty = new HashSet<>();
    for (GoldDocument d : texts.docs()) {
      if (d.gold().isEmpty()) {
        empty.add(d.id());
      }
    }
    StringBuilder s = new StringBuilder("document\tempty\tcorrect\t");
    s.append(String.join("\t", Features.NAMES)).append('\n');
    for (ConfidenceTrainer.Example e : texts.examples()) {
      s.append(e.document()).append('\t').append(empty.contains(e.document()) ? 1 : 0);
      s.append('\t').append(e.correct() ? 1 : 0);
      for (double v : e.candidate().features()) {
        s.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      s.append('\n');
    }
    java.nio.file.Files.writeString(out, s);
  }

  /**
   * Every training candidate scored by the five-fold model that did not see its text: text, whether
   * it is right, its out-of-fold confidence, then what each feature added to its log-odds (weight x
   * value), then its feature values. Read to find why right candidates end below the threshold (ADR
   * 0021, round 11).
   */
  static void dumpOutOfFold(
      java.util.Map<ConfidenceTrainer.Example, ConfidenceModel> outOfFold, java.nio.file.Path out)
      throws java.io.IOException {
    StringBuilder s = new StringBuilder("document\tcorrect\tscore\t");
    s.append(String.join("\t", Features.NAMES)).append("\tvalues...\n");
    for (java.util.Map.Entry<ConfidenceTrainer.Example, ConfidenceModel> e : outOfFold.entrySet()) {
      double[] x = e.getKey().candidate().features();
      double[] w = e.getValue().weights();
      s.append(e.getKey().document()).append('\t').append(e.getKey().correct() ? 1 : 0);
      s.append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue().predict(x)));
      for (int k = 0; k < x.length; k++) {
        s.append('\t').append(String.format(Locale.ROOT, "%.4f", k == 0 ? w[0] : w[k] * x[k]));
      }
      for (double v : x) {
        s.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
      }
      s.append('\n');
    }
    java.nio.file.Files.writeString(out, s);
  }

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
