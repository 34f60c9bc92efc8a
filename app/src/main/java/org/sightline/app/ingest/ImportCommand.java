package org.sightline.app.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sightline.app.cli.CliErrors;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.ImportReport;
import org.sightline.store.ingest.Importer;
import org.sightline.store.ingest.ProgressListener;
import org.sightline.store.ingest.RecordKind;
import org.sightline.store.ingest.RowError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline import}: all or nothing. A valid file is written in one transaction and the
 * summary printed; any invalid row exits 1 with a row-level report on stderr and nothing written.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import transfers or organizations from CSV or JSON Lines, or a spark-extract run's"
            + " candidates into the review queue (all or nothing).")
public class ImportCommand implements Callable<Integer> {
  /** Revisions written by the command line are attributed to this author. */
  static final String AUTHOR = "cli-import";

  @Spec CommandSpec spec;

  @Mixin RegisterOptions register;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CSV or JSON Lines file; with --kind candidates, a spark-extract run's DIR")
  Path file;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "transfers, organizations or candidates (default: guessed from the file)")
  String kind;

  @Option(names = "--dry-run", description = "check the file and report, write nothing")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    QuietLogging.apply();
    if (kind != null && kind.trim().equalsIgnoreCase(CandidatesImport.KIND)) {
      return CandidatesImport.run(spec, register, file, dryRun);
    }
    RecordKind recordKind = parseKind(kind);
    if (!Files.isRegularFile(file)) {
      throw new UserError("cannot read " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new UserError("cannot read " + file + ": permission denied");
    }
    ImportReport report;
    ProgressListener progress = TerminalProgress.forConsole();
    try (Database db = Database.open(register.resolve())) {
      try {
        report = new Importer(db).importFile(file, recordKind, dryRun, AUTHOR, progress);
      } finally {
        if (progress instanceof TerminalProgress bar) {
          bar.close();
        }
      }
    }
    if (!report.ok()) {
      PrintWriter err = spec.commandLine().getErr();
      for (RowError e : report.errors()) {
        err.println(e);
      }
      if (report.errorCount() > report.errors().size()) {
        err.println("... and " + (report.errorCount() - report.errors().size()) + " more errors");
      }
      err.println(report.summary());
      err.flush();
      return CliErrors.FAILED;
    }
    spec.commandLine().getOut().println(report.summary());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static RecordKind parseKind(String kind) {
    if (kind == null) {
      return null;
    }
    String key = kind.trim().toLowerCase(Locale.ROOT);
    if (key.equals("indicators")) {
      throw new UserError(
          "importing indicators is not yet supported; use transfers or organizations");
    }
    return RecordKind.fromKey(key)
        .orElseThrow(
            () ->
                new UserError(
                    "unknown --kind '"
                        + kind
                        + "'; expected transfers, organizations or candidates"));
  }
}
