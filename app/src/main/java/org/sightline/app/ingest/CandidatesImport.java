package org.sightline.app.ingest;

import java.nio.file.Path;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.store.db.Database;
import org.sightline.store.documents.CandidateRunImport;
import org.sightline.store.ingest.ProgressListener;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sightline import DIR --kind candidates}: a {@code spark-extract} run into the extraction
 * review queue ({@code /review/extract}), all or nothing, with a progress bar on a terminal.
 */
final class CandidatesImport {
  static final String KIND = "candidates";

  private CandidatesImport() {}

  static int run(CommandSpec spec, RegisterOptions register, Path run, boolean dryRun) {
    CandidateRunImport.Report report;
    ProgressListener progress = TerminalProgress.forConsole();
    try {
      CandidateRunImport.runId(run); // not a run: say so before opening the database
      try (Database db = Database.open(register.resolve())) {
        report = new CandidateRunImport(db).importRun(run, dryRun, ImportCommand.AUTHOR, progress);
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } finally {
      if (progress instanceof TerminalProgress bar) {
        bar.close();
      }
    }
    return ImportCommand.printOutcome(spec, report.ok(), report.errors(), report.summary());
  }
}
