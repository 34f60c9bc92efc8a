package org.sightline.core.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.extract.Candidate;

/**
 * The result of scoring: micro precision/recall/F1, field accuracies on matched pairs, a
 * calibration table, and per-document details. {@link #render()} is what {@code ./sightline eval}
 * prints; its last line is {@code f1=… precision=… recall=… gold=N predicted=M}.
 */
public final class EvalReport {
  /** One calibration bucket: candidates with confidence in [low, high). */
  public record Bucket(
      double low, double high, int count, double meanConfidence, double observed) {}

  private final double minConfidence;
  private final int gold;
  private final int predicted;
  private final int matched;
  private final double[] fieldSum;
  private final int[] fieldPairs;
  private final List<Bucket> calibration;
  private final List<Scorer.DocumentResult> documents;
  private final double highestOnEmptyTexts;

  private EvalReport(Builder b) {
    minConfidence = b.minConfidence;
    highestOnEmptyTexts = b.highestOnEmptyTexts;
    int g = 0;
    int p = 0;
    int m = 0;
    for (Scorer.DocumentResult d : b.documents) {
      g += d.document().gold().size();
      p += d.kept().size();
      m += d.pairs().size();
    }
    gold = g;
    predicted = p;
    matched = m;
    fieldSum = b.fieldSum.clone();
    fieldPairs = b.fieldPairs.clone();
    List<Bucket> buckets = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      if (b.bucketCount[i] > 0) {
        buckets.add(
            new Bucket(
                i / 10.0,
                (i + 1) / 10.0,
                b.bucketCount[i],
                b.bucketConfidence[i] / b.bucketCount[i],
                (double) b.bucketCorrect[i] / b.bucketCount[i]));
      }
    }
    calibration = List.copyOf(buckets);
    documents = List.copyOf(b.documents);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  public int matched() {
    return matched;
  }

  public List<Bucket> calibration() {
    return calibration;
  }

  public List<Scorer.DocumentResult> documents() {
    return documents;
  }

  /** Mean Jaccard of technologies over matched pairs (NaN when nothing matched). */
  public double technologyJaccard() {
    return accuracy(Field.TECHNOLOGIES);
  }

  /**
   * A field's accuracy on matched pairs where the gold transfer has it (for technologies the mean
   * Jaccard over every matched pair); NaN when there is no such pair.
   */
  public double accuracy(Field field) {
    int n = fieldPairs[field.ordinal()];
    return n == 0 ? Double.NaN : fieldSum[field.ordinal()] / n;
  }

  /** How many matched pairs {@link #accuracy(Field)} is taken over. */
  public int pairs(Field field) {
    return fieldPairs[field.ordinal()];
  }

  /** The highest confidence of any candidate on a text whose gold is empty (0 when none). */
  public double highestOnEmptyTexts() {
    return highestOnEmptyTexts;
  }

  /** Candidates at or above the threshold on texts whose gold is empty. */
  public int predictionsOnEmptyTexts() {
    int n = 0;
    for (Scorer.DocumentResult d : documents) {
      if (d.document().gold().isEmpty()) {
        n += d.kept().size();
      }
    }
    return n;
  }

  /** The report as text; {@code details} adds each document's misses and false alarms. */
  public String render(boolean details) {
    StringBuilder s = new StringBuilder();
    if (details) {
      for (Scorer.DocumentResult d : documents) {
        if (d.unmatched().isEmpty() && d.missed().isEmpty()) {
          continue;
        }
        s.append("# ").append(d.document().id()).append('\n');
        for (Candidate c : d.unmatched()) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "  false alarm  %s %s -> %s (%.2f)%n",
                  c.supplierOrgs(),
                  c.supplierCountry(),
                  c.recipientCountry(),
                  c.confidence()));
        }
        for (GoldTransfer g : d.missed()) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "  missed       %s %s -> %s%n",
                  g.supplierOrgs(),
                  g.supplierCountry(),
                  g.recipientCountry()));
        }
      }
    }
    s.append(
        String.format(
            Locale.ROOT,
            "documents=%d gold=%d predicted=%d matched=%d" + " (min-confidence %.2f)%n",
            documents.size(),
            gold,
            predicted,
            matched,
            minConfidence));
    s.append(
        String.format(
            Locale.ROOT,
            "predictions on texts that state no transfer: %d%n",
            predictionsOnEmptyTexts()));
    s.append(
        String.format(
            Locale.ROOT,
            "highest confidence on texts that state no transfer: %.3f%n",
            highestOnEmptyTexts));
    s.append("field accuracy on matched pairs:\n");
    int techPairs = pairs(Field.TECHNOLOGIES);
    s.append(
        String.format(
            Locale.ROOT,
            "  technologies  mean Jaccard %s over %d pairs%n",
            techPairs == 0
                ? "n/a"
                : String.format(Locale.ROOT, "%.3f", accuracy(Field.TECHNOLOGIES)),
            techPairs));
    for (Field f : Field.values()) {
      if (f != Field.TECHNOLOGIES) {
        s.append(ratio(f.label(), (int) fieldSum[f.ordinal()], fieldPairs[f.ordinal()]));
      }
    }
    s.append("calibration (every candidate; correct = matches a gold transfer):\n");
    s.append("  confidence    n  mean  observed\n");
    for (Bucket b : calibration) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %.1f-%.1f  %5d  %.3f  %.3f%n",
              b.low(),
              b.high(),
              b.count(),
              b.meanConfidence(),
              b.observed()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "f1=%.3f precision=%.3f recall=%.3f gold=%d predicted=%d",
            f1(),
            precision(),
            recall(),
            gold,
            predicted));
    return s.toString();
  }

  /** The report without per-document details. */
  public String render() {
    return render(false);
  }

  private static String ratio(String name, int right, int pairs) {
    return String.format(
        Locale.ROOT,
        "  %-13s %s (%d/%d, where gold has one)%n",
        name,
        pairs == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) right / pairs),
        right,
        pairs);
  }

  static final class Builder {
    final double minConfidence;
    final List<Scorer.DocumentResult> documents = new ArrayList<>();
    final double[] fieldSum = new double[Field.values().length];
    final int[] fieldPairs = new int[Field.values().length];
    double highestOnEmptyTexts;
    final int[] bucketCount = new int[10];
    final int[] bucketCorrect = new int[10];
    final double[] bucketConfidence = new double[10];

    Builder(double minConfidence) {
      this.minConfidence = minConfidence;
    }

    void document(Scorer.DocumentResult r) {
      documents.add(r);
    }

    void calibrate(double confidence, boolean correct) {
      int b = Math.min(9, Math.max(0, (int) Math.floor(confidence * 10)));
      bucketCount[b]++;
      bucketConfidence[b] += confidence;
      if (correct) {
        bucketCorrect[b]++;
      }
    }

    /** One matched pair's score on a field: 0 or 1, or a Jaccard for technologies. */
    void field(Field f, double score) {
      fieldSum[f.ordinal()] += score;
      fieldPairs[f.ordinal()]++;
    }

    void field(Field f, boolean right) {
      field(f, right ? 1 : 0);
    }

    void onEmptyText(double confidence) {
      highestOnEmptyTexts = Math.max(highestOnEmptyTexts, confidence);
    }

    EvalReport build() {
      return new EvalReport(this);
    }
  }
}
