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
  private final double technologyJaccard;
  private final int techPairs;
  private final int yearRight;
  private final int yearPairs;
  private final int valueRight;
  private final int valuePairs;
  private final int statusRight;
  private final int statusPairs;
  private final List<Bucket> calibration;
  private final List<Scorer.DocumentResult> documents;

  private EvalReport(Builder b) {
    minConfidence = b.minConfidence;
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
    technologyJaccard = b.techPairs == 0 ? Double.NaN : b.techSum / b.techPairs;
    techPairs = b.techPairs;
    yearRight = b.yearRight;
    yearPairs = b.yearPairs;
    valueRight = b.valueRight;
    valuePairs = b.valuePairs;
    statusRight = b.statusRight;
    statusPairs = b.statusPairs;
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
    return technologyJaccard;
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
    s.append("field accuracy on matched pairs:\n");
    s.append(
        String.format(
            Locale.ROOT,
            "  technologies  mean Jaccard %s over %d pairs%n",
            techPairs == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", technologyJaccard),
            techPairs));
    s.append(ratio("year", yearRight, yearPairs));
    s.append(ratio("value", valueRight, valuePairs));
    s.append(ratio("status", statusRight, statusPairs));
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
    double techSum;
    int techPairs;
    int yearRight;
    int yearPairs;
    int valueRight;
    int valuePairs;
    int statusRight;
    int statusPairs;
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

    void technologies(double jaccard) {
      techSum += jaccard;
      techPairs++;
    }

    void year(boolean ok) {
      yearPairs++;
      if (ok) {
        yearRight++;
      }
    }

    void value(boolean ok) {
      valuePairs++;
      if (ok) {
        valueRight++;
      }
    }

    void status(boolean ok) {
      statusPairs++;
      if (ok) {
        statusRight++;
      }
    }

    EvalReport build() {
      return new EvalReport(this);
    }
  }
}
