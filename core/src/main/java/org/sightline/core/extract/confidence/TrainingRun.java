package org.sightline.core.extract.confidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CoSuppliers;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.eval.CorpusSplit;
import org.sightline.core.extract.eval.EvalReport;
import org.sightline.core.extract.eval.Field;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.extract.eval.Scorer;
import org.sightline.core.json.Json;
import org.sightline.core.model.Organization;
import tools.jackson.databind.node.ObjectNode;

/**
 * Refits the bundled candidate model and reports how well it generalises: the texts of each
 * training file that its split allows ({@link CorpusSplit}), five-fold cross-validation by text (F1
 * at the default threshold of each fold scored by a model fitted on the other four), the same for
 * the recipes of {@link Recipe} ({@link #RECIPE} by default, ADR 0034 round 9; {@code
 * --fit-other-languages} fits on all four languages, {@code --fit-english-only} on English alone,
 * each then with the language offset), and the scores of the refitted model on any {@code --report}
 * files; {@code --learning-curve}, {@code --cv-with-dev} and {@code --compare-fit-with-dev} with
 * {@code --dev FILE} run {@link PassageCrossValidation} first. Run from the repository root:
 *
 * <pre>
 * mvn -B -q -pl core compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/classes:$(cat core/target/cp.txt) \
 *   org.sightline.core.extract.confidence.TrainingRun \
 *   core/src/main/resources/org/sightline/core/starter/organizations.csv \
 *   core/src/main/resources/org/sightline/core/extract/candidate-model.json \
 *   eval/sightline-gold.jsonl eval/sightline-blind.jsonl eval/corpus/train/en.jsonl \
 *   --report eval/corpus/dev/en.jsonl
 * </pre>
 */
public final class TrainingRun {
  static final int FOLDS = 5;

  /** The options that run {@link PassageCrossValidation} before the fit (ADR 0021, round 13). */
  static final Set<String> PASSAGE_CV_OPTIONS =
      Set.of("--learning-curve", "--cv-with-dev", "--compare-fit-with-dev");

  private TrainingRun() {}

  /** The training texts of the given files. */
  public static List<GoldDocument> trainingTexts(List<Path> files) {
    List<GoldDocument> train = new ArrayList<>();
    for (Path f : files) {
      train.addAll(CorpusSplit.train(GoldDocument.read(f)));
    }
    return train;
  }

  /** F1 of each fold at the default threshold, the model fitted on the other folds. */
  static List<EvalReport> crossValidate(
      List<GoldDocument> docs,
      List<ConfidenceTrainer.Example> examples,
      List<Organization> orgs,
      ConfidenceTrainer.Regime regime) {
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      foldOf.put(docs.get(i).id(), i % FOLDS);
    }
    List<EvalReport> out = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<ConfidenceTrainer.Example> train = new ArrayList<>();
      for (ConfidenceTrainer.Example e : examples) {
        if (foldOf.get(e.document()) != fold) {
          train.add(e);
        }
      }
      ConfidenceModel model = ConfidenceTrainer.fit(train, regime);
      StatusModel status = ConfidenceTrainer.fitStatus(train);
      List<GoldDocument> held = new ArrayList<>();
      for (int i = fold; i < docs.size(); i += FOLDS) {
        held.add(docs.get(i));
      }
      out.add(score(held, examples, model, status, orgs));
      out.add(score(held, examples, model, StatusModel.none(), orgs));
    }
    return out;
  }

  /** Training texts and their labelled candidates. */
  record Texts(List<GoldDocument> docs, List<ConfidenceTrainer.Example> examples) {
    static Texts label(List<GoldDocument> docs, Extractor labelling, List<Organization> orgs) {
      return new Texts(docs, ConfidenceTrainer.examples(docs, labelling, orgs));
    }

    /** The texts of fold {@code fold} (of {@link #FOLDS}), or all the others. */
    Texts fold(int fold, boolean held) {
      List<GoldDocument> d = new ArrayList<>();
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (int i = 0; i < docs.size(); i++) {
        if ((i % FOLDS == fold) == held) {
          d.add(docs.get(i));
          ids.add(docs.get(i).id());
        }
      }
      return new Texts(d, examples.stream().filter(e -> ids.contains(e.document())).toList());
    }

    /** These texts but every tenth, from the {@code k}-th: a perturbed sample for a refit. */
    Texts withoutTenth(int k) {
      List<GoldDocument> d = new ArrayList<>();
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (int i = 0; i < docs.size(); i++) {
        if (i % 10 != k) {
          d.add(docs.get(i));
          ids.add(docs.get(i).id());
        }
      }
      return new Texts(d, examples.stream().filter(e -> ids.contains(e.document())).toList());
    }

    Texts plus(Texts o) {
      List<GoldDocument> d = new ArrayList<>(docs);
      d.addAll(o.docs);
      List<ConfidenceTrainer.Example> e = new ArrayList<>(examples);
      e.addAll(o.examples);
      return new Texts(d, e);
    }
  }

  /**
   * How the transfer model meets the Spanish, French and Portuguese training texts (ADR 0034):
   * fitted on English alone with a language offset chosen on them, fitted on all four languages
   * with that offset, or fitted on all four with no offset at all (the features alone, the same in
   * every language). Five-fold cross-validation compares them; {@link #RECIPE} is the bundled one.
   */
  enum Recipe {
    ENGLISH_WITH_OFFSET("fitted on English, offset alone", false, true),
    POOLED_WITH_OFFSET("fitted on all languages", true, true),
    POOLED_NO_OFFSET("fitted on all languages, no offset", true, false);

    final String label;
    final boolean pooled;
    final boolean offset;

    Recipe(String label, boolean pooled, boolean offset) {
      this.label = label;
      this.pooled = pooled;
      this.offset = offset;
    }
  }

  /**
   * The recipe of the bundled model (ADR 0034, round 9): the four-language fit with the offset,
   * which cross-validated as well as the English fit on the English texts (0.683 both) and better
   * on the es/fr/pt ones (0.675 against 0.652). Refit with the script after changing it.
   */
  static final Recipe RECIPE = Recipe.POOLED_WITH_OFFSET;

  /**
   * The status model of the bundled file: fitted on the matched candidates of all four languages'
   * training texts. Until round 10 it saw the English ones alone; pooled, five-fold status rose
   * from es 30, fr 15, pt 19 to 31, 18, 21 right with English unchanged at 98 of 177 (ADR 0021,
   * round 10).
   */
  static StatusModel fitStatus(Texts english, Texts other) {
    return ConfidenceTrainer.fitStatus(english.plus(other).examples());
  }

  /**
   * The transfer model of the bundled file by {@code recipe}: fitted on the English training texts,
   * or on them and the es/fr/pt ones together; the no-deal weight chosen alone on the texts fitted
   * on; then, where the recipe has one, the language offset chosen alone on the es/fr/pt texts.
   */
  static ConfidenceModel fitTransfer(
      Texts english, Texts other, Recipe recipe, List<Organization> orgs) {
    Texts fitted = recipe.pooled ? english.plus(other) : english;
    ConfidenceModel model = ConfidenceTrainer.fit(fitted.examples());
    model = ConfidenceTrainer.withNoDealWeight(model, fitted.docs(), fitted.examples(), orgs);
    return other.docs().isEmpty() || !recipe.offset
        ? model
        : ConfidenceTrainer.withLanguageOffset(model, other.docs(), other.examples(), orgs);
  }

  /**
   * Five-fold cross-validation of {@link #fitTransfer} by text, a fifth of each language's texts
   * held out per fold: matched, predicted and gold transfers summed over the held-out English and
   * over the held-out es/fr/pt texts, at the default threshold.
   */
  static int[][] crossValidateLanguages(
      Texts english, Texts other, Recipe recipe, List<Organization> orgs) {
    return crossValidateLanguages(english, other, recipe, orgs, null);
  }

  /**
   * As {@link #crossValidateLanguages(Texts, Texts, Recipe, List)}; when {@code outOfFold} is not
   * null, each held-out candidate's model (the one fitted without its text) is put in it, to
   * explain the held-out scores ({@link NoTransferExplainer#dumpOutOfFold}).
   */
  static int[][] crossValidateLanguages(
      Texts english,
      Texts other,
      Recipe recipe,
      List<Organization> orgs,
      Map<ConfidenceTrainer.Example, ConfidenceModel> outOfFold) {
    int[][] counts = new int[2][3];
    for (int fold = 0; fold < FOLDS; fold++) {
      ConfidenceModel model =
          fitTransfer(english.fold(fold, false), other.fold(fold, false), recipe, orgs);
      Texts[] held = {english.fold(fold, true), other.fold(fold, true)};
      for (int g = 0; g < 2; g++) {
        if (outOfFold != null) {
          for (ConfidenceTrainer.Example e : held[g].examples()) {
            outOfFold.put(e, model);
          }
        }
        EvalReport r = score(held[g].docs(), held[g].examples(), model, StatusModel.none(), orgs);
        counts[g][0] += r.matched();
        counts[g][1] += r.predicted();
        counts[g][2] += r.gold();
      }
    }
    return counts;
  }

  /**
   * Five-fold cross-validation of the status model (fitted on the training candidates of the other
   * folds, as the bundled one is, see {@link #fitStatus(Texts, Texts)}) by language: status right
   * and matched pairs with a gold status, at the default threshold of the bundled transfer model.
   */
  static Map<String, int[]> crossValidateStatus(
      Texts english, Texts other, ConfidenceModel transfer, List<Organization> orgs) {
    Map<String, int[]> out = new java.util.LinkedHashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      StatusModel status = fitStatus(english.fold(fold, false), other.fold(fold, false));
      Texts held = english.fold(fold, true).plus(other.fold(fold, true));
      Map<String, List<GoldDocument>> byLanguage = new java.util.TreeMap<>();
      for (GoldDocument d : held.docs()) {
        byLanguage.computeIfAbsent(language(d.id()), k -> new ArrayList<>()).add(d);
      }
      for (Map.Entry<String, List<GoldDocument>> e : byLanguage.entrySet()) {
        EvalReport r = score(e.getValue(), held.examples(), transfer, status, orgs);
        int[] c = out.computeIfAbsent(e.getKey(), k -> new int[2]);
        c[0] += (int) Math.round(r.accuracy(Field.STATUS) * r.pairs(Field.STATUS));
        c[1] += r.pairs(Field.STATUS);
      }
    }
    return out;
  }

  static String language(String id) {
    for (String l : List.of("es", "fr", "pt")) {
      if (id.startsWith(l + "-")) {
        return l;
      }
    }
    return "en";
  }

  private static String f1(int[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return String.format(
        Locale.ROOT,
        "f1=%.3f precision=%.3f recall=%.3f",
        p + r == 0 ? 0 : 2 * p * r / (p + r),
        p,
        r);
  }

  /**
   * The status extraction gives {@code c} with {@code status}: the model's choice over the rules'
   * status (kept in the features), then {@link StatusStages#revise}, as the assembler does.
   */
  static org.sightline.core.model.TransferStatus chooseStatus(StatusModel status, Candidate c) {
    double[] x = c.features();
    org.sightline.core.model.TransferStatus rule = c.status();
    for (org.sightline.core.model.TransferStatus s :
        org.sightline.core.model.TransferStatus.values()) {
      if (x[Features.RULE_STATUS_FIRST + s.ordinal()] == 1) {
        rule = s;
      }
    }
    return StatusStages.revise(x, status.choose(x, rule));
  }

  /** Scores the examples of {@code docs} with {@code model}'s confidences. */
  static EvalReport score(
      List<GoldDocument> docs,
      List<ConfidenceTrainer.Example> examples,
      ConfidenceModel model,
      StatusModel status,
      List<Organization> orgs) {
    return score(docs, examples, model, status, orgs, Extractor.DEFAULT_MIN_CONFIDENCE);
  }

  /**
   * As above, keeping candidates at {@code minConfidence} or more (vendors are joined at the
   * default threshold whatever it is, as extraction joins them).
   */
  static EvalReport score(
      List<GoldDocument> docs,
      List<ConfidenceTrainer.Example> examples,
      ConfidenceModel model,
      StatusModel status,
      List<Organization> orgs,
      double minConfidence) {
    Map<String, List<Candidate>> predictions = new HashMap<>();
    for (ConfidenceTrainer.Example e : examples) {
      Candidate c = e.candidate();
      predictions
          .computeIfAbsent(e.document(), k -> new ArrayList<>())
          .add(
              c.withConfidence(Math.round(model.predict(c.features()) * 1000) / 1000.0)
                  .withStatus(chooseStatus(status, c)));
    }
    // As extraction does: most confident first, vendors named together joined.
    for (Map.Entry<String, List<Candidate>> e : predictions.entrySet()) {
      List<Candidate> cs = new ArrayList<>(e.getValue());
      cs.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
      e.setValue(CoSuppliers.join(cs, Extractor.DEFAULT_MIN_CONFIDENCE));
    }
    return new Scorer(orgs).score(docs, predictions, minConfidence);
  }

  public static void main(String[] args) throws IOException {
    List<Path> trainFiles = new ArrayList<>();
    List<Path> reportFiles = new ArrayList<>();
    List<Path> otherLanguageFiles = new ArrayList<>();
    Recipe recipe = RECIPE;
    boolean quick = false;
    boolean explain = false;
    boolean perturb = false;
    List<Path> devFiles = new ArrayList<>();
    Set<String> passageCv = new java.util.HashSet<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--quick")) {
        quick = true;
      } else if (args[i].equals("--perturb")) {
        perturb = true;
      } else if (args[i].equals("--explain-no-transfer")) {
        explain = true;
      } else if (args[i].equals("--report")) {
        reportFiles.add(Path.of(args[++i]));
      } else if (args[i].equals("--dev")) {
        devFiles.add(Path.of(args[++i]));
      } else if (PASSAGE_CV_OPTIONS.contains(args[i])) {
        passageCv.add(args[i]);
      } else if (args[i].equals("--other-language")) {
        otherLanguageFiles.add(Path.of(args[++i]));
      } else if (args[i].equals("--fit-english-only")) {
        recipe = Recipe.ENGLISH_WITH_OFFSET;
      } else if (args[i].equals("--fit-other-languages")) {
        recipe = Recipe.POOLED_WITH_OFFSET;
      } else {
        trainFiles.add(Path.of(args[i]));
      }
    }
    if (args.length < 3 || trainFiles.isEmpty()) {
      System.err.println(
          "usage: TrainingRun ORGANIZATIONS.csv OUT.json TRAIN.jsonl..."
              + " [--other-language TRAIN.jsonl]... [--fit-other-languages | --fit-english-only]"
              + " [--report FILE.jsonl]... [--quick] [--explain-no-transfer] [--perturb]"
              + " [--dev DEV.jsonl]... [--learning-curve] [--cv-with-dev] [--compare-fit-with-dev]"
              + " (-Ddump=FILE writes the training candidates' features, -DoofDump=FILE their"
              + " out-of-fold scores and contributions)");
      System.exit(2);
    }
    List<Organization> orgs = OrganizationsCsv.read(Path.of(args[0]));
    List<GoldDocument> train = trainingTexts(trainFiles);
    Extractor labelling = ConfidenceTrainer.labellingExtractor(orgs);
    List<ConfidenceTrainer.Example> examples = ConfidenceTrainer.examples(train, labelling, orgs);
    // Each fitting regime tried, by five-fold cross-validation (the bundled one is chosen by it),
    // and the first report file's score when fitted on all the training texts.
    List<GoldDocument> check =
        reportFiles.isEmpty() ? List.of() : GoldDocument.read(reportFiles.get(0));
    List<ConfidenceTrainer.Example> checkExamples =
        ConfidenceTrainer.examples(check, labelling, orgs);
    for (ConfidenceTrainer.Regime regime : ConfidenceTrainer.REGIMES_TRIED) {
      if (quick && !regime.equals(ConfidenceTrainer.REGIME)) {
        continue;
      }
      List<EvalReport> folds = crossValidate(train, examples, orgs, regime);
      double sum = 0;
      StringBuilder byFold = new StringBuilder();
      for (int i = 0; i < folds.size(); i += 2) {
        sum += folds.get(i).f1();
        byFold.append(String.format(Locale.ROOT, " %.3f", folds.get(i).f1()));
      }
      System.out.printf(
          Locale.ROOT,
          "cross-validation, %s%s: F1 by fold%s, mean %.3f; first report file %s%n",
          regime.name(),
          regime.equals(ConfidenceTrainer.REGIME) ? " (bundled)" : "",
          byFold,
          sum / FOLDS,
          lastLine(
              score(
                  check,
                  checkExamples,
                  ConfidenceTrainer.withNoDealWeight(
                      ConfidenceTrainer.fit(examples, regime), train, examples, orgs),
                  ConfidenceTrainer.fitStatus(examples),
                  orgs)));
      if (regime.equals(ConfidenceTrainer.REGIME)) {
        for (int i = 0; i < folds.size(); i += 2) {
          EvalReport r = folds.get(i);
          System.out.printf(
              Locale.ROOT,
              "fold %d: %s status %.3f (rules alone %.3f)%n",
              i / 2 + 1,
              lastLine(r),
              r.accuracy(org.sightline.core.extract.eval.Field.STATUS),
              folds.get(i + 1).accuracy(org.sightline.core.extract.eval.Field.STATUS));
        }
      }
    }
    Texts english = new Texts(train, examples);
    Texts other = Texts.label(trainingTexts(otherLanguageFiles), labelling, orgs);
    if (!passageCv.isEmpty()) {
      PassageCrossValidation.run(passageCv, english, other, devFiles, labelling, orgs);
    }
    StatusModel status = fitStatus(english, other);
    if (!other.docs().isEmpty()) {
      for (Recipe r : Recipe.values()) {
        if (quick && r != recipe) {
          continue;
        }
        Map<ConfidenceTrainer.Example, ConfidenceModel> outOfFold =
            r == recipe && System.getProperty("oofDump") != null
                ? new java.util.LinkedHashMap<>()
                : null;
        int[][] cv = crossValidateLanguages(english, other, r, orgs, outOfFold);
        if (outOfFold != null) {
          NoTransferExplainer.dumpOutOfFold(outOfFold, Path.of(System.getProperty("oofDump")));
        }
        System.out.printf(
            Locale.ROOT,
            "five-fold, %s%s: English %s; es/fr/pt %s%n",
            r.label,
            r == recipe ? " (bundled)" : "",
            f1(cv[0]),
            f1(cv[1]));
      }
    }
    ConfidenceModel model = fitTransfer(english, other, recipe, orgs);
    if (perturb) {
      // How far the fitted-alone weights move when a tenth of the texts is left out (ADR 0021,
      // round 11): three refits, each without another tenth of every language's texts.
      for (int k = 0; k < 3; k++) {
        ConfidenceModel m =
            fitTransfer(english.withoutTenth(k), other.withoutTenth(k), recipe, orgs);
        System.out.printf(
            Locale.ROOT,
            "refit without tenth %d: offset %.2f, no-deal weight %.2f%n",
            k,
            m.weights()[Features.OTHER_LANGUAGE],
            m.weights()[Features.NO_DEAL_IN_DOCUMENT]);
      }
    }
    StringBuilder statusCv = new StringBuilder("five-fold status (bundled transfer model):");
    for (Map.Entry<String, int[]> e : crossValidateStatus(english, other, model, orgs).entrySet()) {
      statusCv.append(' ').append(e.getKey()).append(' ');
      statusCv.append(e.getValue()[0]).append('/').append(e.getValue()[1]);
    }
    System.out.println(statusCv);
    System.out.printf(
        Locale.ROOT,
        "no deal in the document: weight %.2f; other languages: offset %.2f%n",
        model.weights()[Features.NO_DEAL_IN_DOCUMENT],
        model.weights()[Features.OTHER_LANGUAGE]);
    EvalReport trainReport = score(train, examples, model, status, orgs);
    System.out.println("train: " + lastLine(trainReport) + " " + emptyAndStatus(trainReport));
    if (!other.docs().isEmpty()) {
      EvalReport otherReport = score(other.docs(), other.examples(), model, status, orgs);
      System.out.println(
          "other languages, train: " + lastLine(otherReport) + " " + emptyAndStatus(otherReport));
    }
    if (System.getProperty("dump") != null) {
      NoTransferExplainer.dump(english.plus(other), Path.of(System.getProperty("dump")));
    }
    if (explain) {
      NoTransferExplainer.print(english.plus(other), model, 0.35);
    }
    for (Path r : reportFiles) {
      List<GoldDocument> docs = GoldDocument.read(r);
      Extractor x = new Extractor(orgs, Countries.bundled(), model, status);
      EvalReport report =
          org.sightline.core.extract.eval.Evaluation.run(
              x, orgs, docs, Extractor.DEFAULT_MIN_CONFIDENCE);
      System.out.println("== " + r);
      System.out.println(report.render(Boolean.getBoolean("details")));
    }
    ObjectNode root = Json.MAPPER.createObjectNode();
    String others =
        other.docs().isEmpty()
            ? ""
            : String.format(
                Locale.ROOT,
                "; %s %d es/fr/pt texts (%d candidates) of %s",
                recipe.pooled ? "with" : "offset on",
                other.docs().size(),
                other.examples().size(),
                String.join(
                    ", ",
                    otherLanguageFiles.stream()
                        .map(p -> String.valueOf(p.getFileName()))
                        .toList()));
    root.put(
        "note",
        String.format(
            Locale.ROOT,
            "Fitted by TrainingRun on %d texts (%d candidates) of %s%s; do not edit by hand.",
            train.size(),
            examples.size(),
            String.join(
                ", ", trainFiles.stream().map(p -> String.valueOf(p.getFileName())).toList()),
            others));
    root.set("transfer", model.toJson());
    root.set("status", status.toJson());
    Path out = Path.of(args[1]);
    Files.writeString(
        out,
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** Confident candidates on texts that state no transfer, and status accuracy of matched pairs. */
  static String emptyAndStatus(EvalReport r) {
    return String.format(
        Locale.ROOT,
        "| no-transfer texts: %d confident (top %.3f) | status %d/%d",
        r.predictionsOnEmptyTexts(),
        r.highestOnEmptyTexts(),
        Math.round(
            r.accuracy(org.sightline.core.extract.eval.Field.STATUS)
                * r.pairs(org.sightline.core.extract.eval.Field.STATUS)),
        r.pairs(org.sightline.core.extract.eval.Field.STATUS));
  }

  private static String lastLine(EvalReport r) {
    String[] lines = r.render().split("\n");
    return lines[lines.length - 1];
  }
}
