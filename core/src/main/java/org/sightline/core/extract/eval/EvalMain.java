package org.sightline.core.extract.eval;

import java.nio.file.Path;
import java.util.List;
import org.sightline.core.extract.Extractor;
import org.sightline.core.model.Organization;

/**
 * Developer entry point without the CLI: {@code EvalMain GOLD.jsonl ORGANIZATIONS.csv [--details]
 * [--min-confidence X]} prints the evaluation report.
 */
public final class EvalMain {
  private EvalMain() {}

  public static void main(String[] args) {
    List<Organization> orgs = OrganizationsCsv.read(Path.of(args[1]));
    boolean details = false;
    double min = Extractor.DEFAULT_MIN_CONFIDENCE;
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--details")) {
        details = true;
      } else if (args[i].equals("--min-confidence")) {
        min = Double.parseDouble(args[++i]);
      }
    }
    Extractor x = new Extractor(orgs);
    EvalReport r = Evaluation.run(x, orgs, GoldDocument.read(Path.of(args[0])), min);
    System.out.println(r.render(details));
  }
}
