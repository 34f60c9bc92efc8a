package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sightline.core.extract.eval.CorpusSplit;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.model.Organization;

/** Shared test inputs: the starter organizations, the project corpus and the dev set. */
public final class TestData {
  private static List<Organization> organizations;
  private static Extractor extractor;

  private TestData() {}

  public static synchronized List<Organization> organizations() {
    if (organizations == null) {
      organizations = OrganizationsCsv.starter();
    }
    return organizations;
  }

  public static synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = new Extractor(organizations());
    }
    return extractor;
  }

  /** The project's annotated corpus, at the repository root. */
  public static List<GoldDocument> corpus() {
    return GoldDocument.read(Path.of("../eval/sightline-gold.jsonl"));
  }

  /** The blind set: longer news-wire texts written before the rules were tuned on them. */
  public static List<GoldDocument> blind() {
    return GoldDocument.read(Path.of("../eval/sightline-blind.jsonl"));
  }

  /**
   * The texts the candidate model is fitted on, in the order {@code TrainingRun} reads them: the
   * train splits of the first corpus and the blind set, and the English train split written blind
   * for issue 14.
   */
  public static List<GoldDocument> trainingTexts() {
    List<GoldDocument> all = new java.util.ArrayList<>(CorpusSplit.train(corpus()));
    all.addAll(CorpusSplit.train(blind()));
    all.addAll(CorpusSplit.train(corpusTrain()));
    return all;
  }

  /** The candidates at or above the default threshold of a text reported on {@code date}. */
  public static List<Candidate> confident(String text, LocalDate date) {
    return extractor().extract(text, date, Extractor.DEFAULT_MIN_CONFIDENCE);
  }

  /**
   * The one candidate, at any confidence, of {@code org} supplying {@code recipient} in a text
   * reported on {@code date}; fails unless there is exactly one.
   */
  public static Candidate onlyCandidate(String org, String recipient, String text, LocalDate date) {
    List<Candidate> c =
        extractor().extract(text, date, 0.0).stream()
            .filter(k -> k.supplierOrgs().contains(org) && recipient.equals(k.recipientCountry()))
            .toList();
    assertThat(c).hasSize(1);
    return c.get(0);
  }

  /** Every proposal of a text reported on {@code date}, at any confidence, as "[orgs] XX->YY". */
  public static List<String> proposed(String text, LocalDate date) {
    return extractor().proposals(text, date).stream()
        .map(c -> c.supplierOrgs() + " " + c.supplierCountry() + "->" + c.recipientCountry())
        .toList();
  }

  /** Every proposal of a text reported on {@code date}, at any confidence, as "[orgs]->YY". */
  public static List<String> proposedPairs(String text, LocalDate date) {
    return extractor().proposals(text, date).stream()
        .map(c -> c.supplierOrgs() + "->" + c.recipientCountry())
        .toList();
  }

  /**
   * The Spanish, French and Portuguese train splits of the corpora written blind: what the weight
   * of {@code not_in_english} is chosen on (ADR 0034).
   */
  public static List<GoldDocument> otherLanguageTrainingTexts() {
    List<GoldDocument> all = new java.util.ArrayList<>();
    for (String language : List.of("es", "fr", "pt")) {
      all.addAll(
          CorpusSplit.train(
              GoldDocument.read(Path.of("../eval/corpus/train/" + language + ".jsonl"))));
    }
    return all;
  }

  /** The English train split of the corpora written blind (eval/corpus/README.md). */
  public static List<GoldDocument> corpusTrain() {
    return GoldDocument.read(Path.of("../eval/corpus/train/en.jsonl"));
  }

  /** The English development split of the corpora written blind. */
  public static List<GoldDocument> corpusDev() {
    return GoldDocument.read(Path.of("../eval/corpus/dev/en.jsonl"));
  }

  /** The development split of the corpora written blind in another language (es, fr, pt). */
  public static List<GoldDocument> corpusDev(String language) {
    return GoldDocument.read(Path.of("../eval/corpus/dev/" + language + ".jsonl"));
  }

  /** The seed development set (a copy of the one the specification ships; see eval/README.md). */
  public static List<GoldDocument> dev() {
    return GoldDocument.read(Path.of("../eval/dev.jsonl"));
  }
}
