package org.sightline.core.extract.confidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.eval.CorpusSplit;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.extract.eval.Scorer;
import org.sightline.core.json.Json;
import org.sightline.core.model.Organization;

/**
 * Fits the confidence model on the training splits of the annotated texts (the first corpus and the
 * blind set, see {@link CorpusSplit}) and writes the weights resource. Each candidate the pipeline
 * proposes (with the prior model, so features do not depend on the weights being fitted) is
 * labelled correct when it matches a gold transfer under the scoring rules.
 *
 * <p>Run from the repository root after changing the pipeline or the corpus:
 *
 * <pre>
 * mvn -B -q -pl core compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/classes:$(cat core/target/cp.txt) \
 *   org.sightline.core.extract.confidence.ConfidenceTrainer eval/sightline-gold.jsonl \
 *   eval/sightline-blind.jsonl \
 *   core/src/main/resources/org/sightline/core/starter/organizations.csv \
 *   core/src/main/resources/org/sightline/core/extract/confidence-weights.json
 * </pre>
 */
public final class ConfidenceTrainer {
  private ConfidenceTrainer() {}

  /** Fits on {@code docs} and returns the model. */
  public static ConfidenceModel fit(List<GoldDocument> docs, List<Organization> orgs) {
    Extractor extractor = new Extractor(orgs, Countries.bundled(), ConfidenceModel.prior());
    Scorer scorer = new Scorer(orgs);
    List<double[]> xs = new ArrayList<>();
    List<Boolean> ys = new ArrayList<>();
    for (GoldDocument d : docs) {
      List<Candidate> cands = extractor.extract(d.text(), d.date());
      boolean[] correct = new boolean[cands.size()];
      for (int[] p : scorer.match(d.gold(), cands)) {
        correct[p[0]] = true;
      }
      for (int i = 0; i < cands.size(); i++) {
        xs.add(cands.get(i).features());
        ys.add(correct[i]);
      }
    }
    return ConfidenceModel.fit(xs, ys, 0.05, 4000);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: ConfidenceTrainer GOLD.jsonl [MORE-GOLD.jsonl...] ORGANIZATIONS.csv OUT.json");
      System.exit(2);
    }
    List<GoldDocument> train = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < args.length - 2; i++) {
      train.addAll(CorpusSplit.train(GoldDocument.read(Path.of(args[i]))));
      sources.add(String.valueOf(Path.of(args[i]).getFileName()));
    }
    List<Organization> orgs = OrganizationsCsv.read(Path.of(args[args.length - 2]));
    ConfidenceModel model = fit(train, orgs);
    String json =
        Json.MAPPER
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(
                model.toJson(
                    "Fitted by ConfidenceTrainer on the train splits of "
                        + String.join(" and ", sources)
                        + " ("
                        + train.size()
                        + " texts); do not edit by hand."));
    Path out = Path.of(args[args.length - 1]);
    Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }
}
