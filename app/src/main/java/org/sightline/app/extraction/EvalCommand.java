package org.sightline.app.extraction;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sightline.app.cli.CliErrors;
import org.sightline.app.cli.QuietCommand;
import org.sightline.app.cli.UserError;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.eval.EvalReport;
import org.sightline.core.extract.eval.Evaluation;
import org.sightline.core.extract.eval.GoldDocument;
import org.sightline.core.model.Organization;
import org.sightline.store.ingest.StarterData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sightline eval}: scores extraction against annotated text (rules in the extraction spec).
 * The last line is {@code f1=… precision=… recall=… gold=N predicted=M}.
 */
@Command(
    name = "eval",
    description = "Score extraction against annotated text (JSON Lines in the gold format).")
public class EvalCommand extends QuietCommand {

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold JSON Lines")
  Path gold;

  @Mixin MinConfidence minConfidence;

  @Option(names = "--details", description = "list each text's misses and false alarms")
  boolean details;

  @Override
  protected int execute(PrintWriter out) {
    double threshold = minConfidence.checked();
    if (!Files.isRegularFile(gold)) {
      throw new UserError("no such file: " + gold);
    }
    List<GoldDocument> docs;
    try {
      docs = GoldDocument.read(gold);
    } catch (RuntimeException e) {
      throw new UserError(gold + ": " + CliErrors.describe(e));
    }
    List<Organization> orgs = StarterData.organizations();
    EvalReport report = Evaluation.run(new Extractor(orgs), orgs, docs, threshold);
    out.println(report.render(details));
    return 0;
  }
}
