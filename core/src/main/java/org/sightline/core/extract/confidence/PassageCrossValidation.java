package org.sightline.core.extract.confidence;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import org.sightline.core.extract.eval.EvalReport;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.extract.eval.Scorer;
import org.sightline.core.model.Organization;

/**
 * Five-fold cross-validation by passage whose folds do not move when passages are added: a
 * passage's fold is a stable hash of its id and a fold seed, so a new passage joins one fold and no
 * other passage changes fold (ADR 0021, round 13). Every fold is fitted as the bundled model is
 * ({@link TrainingRun#fitTransfer} with {@link TrainingRun#RECIPE}: the no-deal weight and the
 * es/fr/pt offset chosen alone on the texts of the fit) and scored at the default threshold.
 *
 * <ul>
 *   <li>{@link #learningCurve}: over the training texts, each fold's training part cut to a
 *       fraction of its passages (per language, by another stable hash), so that the curve says
 *       whether more annotated text still pays.
 *   <li>{@link #selectionFigure}: over the training and development texts together, {@link #SEEDS}
 *       fold seeds; the figure a rule or feature change is chosen by, with its spread.
 *   <li>{@link #compareFitWithDev}: the same folds fitted on their training passages only or on
 *       their training and development passages, scored on the held-out ones of each kind.
 * </ul>
 *
 * Only totals are printed: no line names or quotes a passage, so development texts may be among
 * those scored ("dev totals only").
 */
final class PassageCrossValidation {
  static final int FOLDS = TrainingRun.FOLDS;

  /**
   * Fold seeds (and, in the learning curve, subsampling seeds); {@code -DcvSeeds=N} for more. Three
   * seeds' mean is known to about 0.01 F1 in English (ten seeds' means spread 0.018, ADR 0021 round
   * 13).
   */
  static final int SEEDS = Integer.getInteger("cvSeeds", 3);

  static final double[] FRACTIONS = {0.25, 0.5, 0.75, 1.0};

  /** The lines printed: each language, then Spanish, French and Portuguese pooled. */
  static final List<String> GROUPS = List.of("en", "es", "fr", "pt", "es/fr/pt");

  private PassageCrossValidation() {}

  /** The fold (0 to {@link #FOLDS} - 1) of passage {@code id} under fold seed {@code seed}. */
  static int fold(String id, int seed) {
    return (int) (hash("fold " + seed + ":" + id) % FOLDS);
  }

  private static long hash(String s) {
    CRC32 crc = new CRC32();
    crc.update(s.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** Whether passage {@code id} belongs to line {@code group} of {@link #GROUPS}. */
  static boolean inGroup(String id, String group) {
    String language = TrainingRun.language(id);
    return group.equals(language) || (group.equals("es/fr/pt") && !language.equals("en"));
  }

  /** The texts (and their candidates) whose id {@code keep} accepts. */
  static TrainingRun.Texts keep(TrainingRun.Texts t, Predicate<String> keep) {
    List<GoldDocument> docs = t.docs().stream().filter(d -> keep.test(d.id())).toList();
    Set<String> ids = new HashSet<>();
    docs.forEach(d -> ids.add(d.id()));
    return new TrainingRun.Texts(
        docs, t.examples().stream().filter(e -> ids.contains(e.document())).toList());
  }

  /**
   * {@code fraction} of the passages of each language (rounded up), the first by a stable hash of
   * the id and {@code seed}: a smaller fraction's passages are among a larger one's, and a passage
   * added to the corpus does not change which others are drawn.
   */
  static TrainingRun.Texts subsample(TrainingRun.Texts t, double fraction, int seed) {
    if (fraction >= 1) {
      return t;
    }
    Map<String, List<String>> byLanguage = new TreeMap<>();
    for (GoldDocument d : t.docs()) {
      byLanguage.computeIfAbsent(TrainingRun.language(d.id()), k -> new ArrayList<>()).add(d.id());
    }
    Set<String> drawn = new HashSet<>();
    for (List<String> ids : byLanguage.values()) {
      List<String> sorted = new ArrayList<>(ids);
      sorted.sort(
          Comparator.comparingLong((String id) -> hash("sample " + seed + ":" + id))
              .thenComparing(id -> id));
      drawn.addAll(sorted.subList(0, (int) Math.ceil(fraction * sorted.size())));
    }
    return keep(t, drawn::contains);
  }

  /**
   * The held-out counts of each passage in each fold of each seed: matched, predicted and gold at
   * the default threshold, and matched at threshold 0. Entry {@code seed * FOLDS + fold}.
   */
  record Run(List<Map<String, int[]>> folds) {}

  /**
   * Cross-validates over {@code english} and {@code other}: for each of {@code seeds} fold seeds
   * and each fold, the model fitted on the passages of the other folds that {@code fittedOn}
   * accepts, cut to {@code fraction} of them ({@link #subsample}), scores every held-out passage.
   */
  static Run crossValidate(
      TrainingRun.Texts english,
      TrainingRun.Texts other,
      int seeds,
      double fraction,
      Predicate<String> fittedOn,
      List<Organization> orgs) {
    List<Map<String, int[]>> out = new ArrayList<>();
    TrainingRun.Texts all = english.plus(other);
    for (int seed = 0; seed < seeds; seed++) {
      for (int fold = 0; fold < FOLDS; fold++) {
        int s = seed;
        int f = fold;
        Predicate<String> fit = id -> fold(id, s) != f && fittedOn.test(id);
        ConfidenceModel model =
            TrainingRun.fitTransfer(
                subsample(keep(english, fit), fraction, s),
                subsample(keep(other, fit), fraction, s),
                TrainingRun.RECIPE,
                orgs);
        out.add(countByPassage(keep(all, id -> fold(id, s) == f), model, orgs));
      }
    }
    return new Run(out);
  }

  private static Map<String, int[]> countByPassage(
      TrainingRun.Texts held, ConfidenceModel model, List<Organization> orgs) {
    Map<String, int[]> counts = new HashMap<>();
    EvalReport at =
        TrainingRun.score(held.docs(), held.examples(), model, StatusModel.none(), orgs);
    for (Scorer.DocumentResult d : at.documents()) {
      counts.put(
          d.document().id(),
          new int[] {d.pairs().size(), d.kept().size(), d.document().gold().size(), 0});
    }
    EvalReport atZero =
        TrainingRun.score(held.docs(), held.examples(), model, StatusModel.none(), orgs, 0);
    for (Scorer.DocumentResult d : atZero.documents()) {
      counts.get(d.document().id())[3] = d.pairs().size();
    }
    return counts;
  }

  /**
   * The figure of the passages {@code scored} accepts: the mean over folds (of every seed) of F1,
   * precision and recall at the default threshold; the standard deviation of F1 over those folds
   * and over each seed's mean; recall at 0 over all of them; the gold transfers and passages of one
   * seed. A fold with neither gold nor predictions among them is left out.
   */
  record Figure(
      double f1,
      double precision,
      double recall,
      double sdFolds,
      double sdSeeds,
      double recallAtZero,
      int gold,
      int passages) {
    String render() {
      return String.format(
          Locale.ROOT,
          "F1 %.3f (P %.3f, R %.3f; sd over folds %.3f, over seed means %.3f) recall at 0 %.3f"
              + " [%d passages, %d gold]",
          f1,
          precision,
          recall,
          sdFolds,
          sdSeeds,
          recallAtZero,
          passages,
          gold);
    }
  }

  static Figure figure(Run run, Predicate<String> scored) {
    int seeds = run.folds().size() / FOLDS;
    List<Double> f1 = new ArrayList<>();
    List<Double> p = new ArrayList<>();
    List<Double> r = new ArrayList<>();
    List<Double> seedMeans = new ArrayList<>();
    int matchedAtZero = 0;
    int goldAll = 0;
    int passages = 0;
    for (int seed = 0; seed < seeds; seed++) {
      List<Double> ofSeed = new ArrayList<>();
      for (int fold = 0; fold < FOLDS; fold++) {
        int[] c = new int[4];
        for (Map.Entry<String, int[]> e : run.folds().get(seed * FOLDS + fold).entrySet()) {
          if (scored.test(e.getKey())) {
            for (int k = 0; k < 4; k++) {
              c[k] += e.getValue()[k];
            }
            passages += seed == 0 ? 1 : 0;
          }
        }
        matchedAtZero += c[3];
        goldAll += c[2];
        if (c[1] == 0 && c[2] == 0) {
          continue;
        }
        double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double recall = c[2] == 0 ? 0 : (double) c[0] / c[2];
        f1.add(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        p.add(precision);
        r.add(recall);
        ofSeed.add(f1.get(f1.size() - 1));
      }
      seedMeans.add(mean(ofSeed));
    }
    return new Figure(
        mean(f1),
        mean(p),
        mean(r),
        sd(f1),
        sd(seedMeans),
        goldAll == 0 ? 0 : (double) matchedAtZero / goldAll,
        goldAll / Math.max(1, seeds),
        passages);
  }

  static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** The sample standard deviation (n - 1); 0 for fewer than two values. */
  static double sd(List<Double> xs) {
    if (xs.size() < 2) {
      return 0;
    }
    double m = mean(xs);
    double ss = xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum();
    return Math.sqrt(ss / (xs.size() - 1));
  }

  /**
   * Step 1 of round 13: five-fold CV over the training texts, each fold's training part cut to each
   * of {@link #FRACTIONS} of its passages, {@link #SEEDS} seeds (each its own folds and draw).
   */
  static void learningCurve(
      TrainingRun.Texts english,
      TrainingRun.Texts other,
      List<Organization> orgs,
      PrintStream out) {
    for (double fraction : FRACTIONS) {
      Run run = crossValidate(english, other, SEEDS, fraction, id -> true, orgs);
      out.printf(
          Locale.ROOT,
          "learning curve, %3.0f%% of each fold's training passages: English %s; es/fr/pt %s%n",
          100 * fraction,
          figure(run, id -> inGroup(id, "en")).render(),
          figure(run, id -> inGroup(id, "es/fr/pt")).render());
    }
  }

  /**
   * Step 2 of round 13, the selection figure: five-fold CV by passage over the training and
   * development texts together, {@link #SEEDS} fold seeds, a line per language and one for es/fr/pt
   * pooled; then the same over the held-out development passages alone (of {@code devIds}), the
   * only ones whose texts no rule was written beside. Returns the run for {@link
   * #compareFitWithDev}.
   */
  static Run selectionFigure(
      TrainingRun.Texts english,
      TrainingRun.Texts other,
      Set<String> devIds,
      List<Organization> orgs,
      PrintStream out) {
    Run run = crossValidate(english, other, SEEDS, 1, id -> true, orgs);
    for (String g : GROUPS) {
      out.printf(
          Locale.ROOT,
          "five-fold by passage, train + dev, %d fold seeds, %-8s %s%n",
          SEEDS,
          g + ":",
          figure(run, id -> inGroup(id, g)).render());
    }
    for (String g : GROUPS) {
      out.printf(
          Locale.ROOT,
          "  of which the dev passages, %-8s %s%n",
          g + ":",
          figure(run, id -> inGroup(id, g) && devIds.contains(id)).render());
    }
    return run;
  }

  /**
   * Step 3 of round 13: the folds of {@code pooled} (fitted on training and development passages)
   * against the same folds fitted on their training passages only, each scored on the held-out
   * development passages and on the held-out training passages.
   */
  static void compareFitWithDev(
      TrainingRun.Texts english,
      TrainingRun.Texts other,
      Set<String> devIds,
      Run pooled,
      List<Organization> orgs,
      PrintStream out) {
    Run trainOnly = crossValidate(english, other, SEEDS, 1, id -> !devIds.contains(id), orgs);
    for (String g : GROUPS) {
      for (boolean dev : new boolean[] {true, false}) {
        Predicate<String> scored = id -> inGroup(id, g) && devIds.contains(id) == dev;
        out.printf(
            Locale.ROOT,
            "held-out %s passages, %-8s fitted on train only %s | on train + dev %s%n",
            dev ? "dev" : "train",
            g + ":",
            figure(trainOnly, scored).render(),
            figure(pooled, scored).render());
      }
    }
  }

  /**
   * What {@code options} ask for ({@link TrainingRun#PASSAGE_CV_OPTIONS}): the learning curve over
   * the training texts; the selection figure over them and the development texts of {@code
   * devFiles}; and the fit on training passages only against the fit on both.
   */
  static void run(
      Set<String> options,
      TrainingRun.Texts english,
      TrainingRun.Texts other,
      List<Path> devFiles,
      org.sightline.core.extract.Extractor labelling,
      List<Organization> orgs) {
    if (options.contains("--learning-curve")) {
      learningCurve(english, other, orgs, System.out);
    }
    if (options.contains("--cv-with-dev") || options.contains("--compare-fit-with-dev")) {
      if (devFiles.isEmpty()) {
        throw new IllegalArgumentException("--cv-with-dev needs --dev FILE");
      }
      TrainingRun.Texts dev = TrainingRun.Texts.label(readDev(devFiles), labelling, orgs);
      Set<String> devIds = new HashSet<>();
      dev.docs().forEach(d -> devIds.add(d.id()));
      TrainingRun.Texts devEnglish = keep(dev, id -> inGroup(id, "en"));
      TrainingRun.Texts devOther = keep(dev, id -> inGroup(id, "es/fr/pt"));
      Run pooled =
          selectionFigure(english.plus(devEnglish), other.plus(devOther), devIds, orgs, System.out);
      if (options.contains("--compare-fit-with-dev")) {
        compareFitWithDev(
            english.plus(devEnglish), other.plus(devOther), devIds, pooled, orgs, System.out);
      }
    }
  }

  /**
   * The development texts of {@code files}, read whole (they are held out from {@code
   * CorpusSplit.train}). A file under a folder named {@code test} is refused: the test split is
   * never read by whoever fits or tunes the model.
   */
  static List<GoldDocument> readDev(List<Path> files) {
    List<GoldDocument> out = new ArrayList<>();
    for (Path f : files) {
      for (Path part : f.toAbsolutePath().normalize()) {
        if (part.toString().equals("test")) {
          throw new IllegalArgumentException("the test split is never read: " + f);
        }
      }
      out.addAll(GoldDocument.read(f));
    }
    return out;
  }
}
