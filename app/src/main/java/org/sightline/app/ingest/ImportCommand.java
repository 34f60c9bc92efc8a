package org.sightline.app.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.app.cli.CliErrors;
import org.sightline.app.cli.QuietCommand;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.app.layers.LayerImports;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.ImportReport;
import org.sightline.store.ingest.Importer;
import org.sightline.store.ingest.ProgressListener;
import org.sightline.store.ingest.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline import}: all or nothing. A valid file is written in one transaction and the
 * summary printed; any invalid row exits 1 with a row-level report on stderr and nothing written.
 */
@Command(
    name = "import",
    description =
        "Import transfers or organizations from CSV or JSON Lines, a spark-extract run's"
            + " candidates into the review queue, an external index as a layer (aigs) or"
            + " indicators (all or nothing).")
public class ImportCommand extends QuietCommand {
  /** Revisions written by the command line are attributed to this author. */
  static final String AUTHOR = "cli-import";

  @Mixin RegisterOptions register;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "CSV or JSON Lines file; with --kind candidates, a spark-extract run's DIR")
  Path file;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "transfers, organizations, candidates, aigs or indicators (default: guessed from the"
              + " file)")
  String kind;

  @Option(
      names = "--names",
      paramLabel = "MAP",
      description =
          "with --kind aigs: a CSV (name,means) saying what damaged or unknown names mean")
  Path names;

  @Option(names = "--dry-run", description = "check the file and report, write nothing")
  boolean dryRun;

  @Override
  protected int execute(PrintWriter out) throws Exception {
    if (kind != null && kind.trim().equalsIgnoreCase(CandidatesImport.KIND)) {
      return CandidatesImport.run(spec, register, file, dryRun);
    }
    if (LayerImports.handles(kind)) {
      return LayerImports.run(spec, register, file, kind, names, dryRun, AUTHOR);
    }
    if (names != null) {
      throw new UserError("--names applies to --kind aigs only");
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
    List<Object> errors = new ArrayList<>(report.errors());
    if (report.errorCount() > report.errors().size()) {
      errors.add("... and " + (report.errorCount() - report.errors().size()) + " more errors");
    }
    return printOutcome(spec, report.ok(), errors, report.summary());
  }

  /**
   * How every import ends on the console: a failed one lists its errors and then its summary on
   * stderr and exits 1; a good one prints its summary on stdout.
   */
  static int printOutcome(CommandSpec spec, boolean ok, List<?> errors, String summary) {
    if (!ok) {
      PrintWriter err = spec.commandLine().getErr();
      errors.forEach(err::println);
      err.println(summary);
      err.flush();
      return CliErrors.FAILED;
    }
    spec.commandLine().getOut().println(summary);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static RecordKind parseKind(String kind) {
    if (kind == null) {
      return null;
    }
    String key = kind.trim().toLowerCase(Locale.ROOT);
    return RecordKind.fromKey(key)
        .orElseThrow(
            () ->
                new UserError(
                    "unknown --kind '"
                        + kind
                        + "'; expected transfers, organizations or candidates"));
  }
}
