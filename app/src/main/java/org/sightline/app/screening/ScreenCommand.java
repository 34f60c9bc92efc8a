package org.sightline.app.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.app.cli.RegisterCommand;
import org.sightline.app.cli.UserError;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.core.screen.NameList;
import org.sightline.core.screen.NameMatcher;
import org.sightline.core.screen.NativeNames;
import org.sightline.core.screen.Screener;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.StarterData;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.sightline.store.screening.NativeNameStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline screen FILE|-}: names (one per line, or a CSV with a {@code name} column)
 * against the published register, as CSV on stdout ({@link ScreeningCsv}); skipped rows and a
 * summary on stderr, with progress on a terminal. Names are streamed, so any number can be
 * screened. An empty register is filled with the bundled starter data first, as {@code serve} does.
 */
@Command(
    name = "screen",
    description =
        "Screen names (one per line, or a CSV with a 'name' column) against the register's"
            + " organizations, aliases and subsidiaries; CSV on stdout.")
public class ScreenCommand extends RegisterCommand {
  @Parameters(index = "0", paramLabel = "FILE|-", description = "names to screen; - for stdin")
  String input;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description = "score from which a name is a match, 0.5 to 1 (default: ${DEFAULT-VALUE})")
  double threshold = NameMatcher.DEFAULT_THRESHOLD;

  @Override
  protected void checkArguments() {
    if (Double.isNaN(threshold) || threshold < 0.5 || threshold > 1) {
      throw new UserError("--threshold must be between 0.5 and 1, got " + threshold);
    }
  }

  @Override
  protected int execute(Database db, PrintWriter out) throws Exception {
    StarterData.loadIfEmpty(db);
    JdbcRegister r = new JdbcRegister(db);
    long revision = r.lastRevisionId();
    List<Organization> organizations =
        NativeNames.withNames(
            r.organizations(Visibility.PUBLIC).stream()
                .map(StoredOrganization::organization)
                .toList(),
            new NativeNameStore(db).all());
    List<Transfer> transfers = new ArrayList<>();
    r.forEachTransfer(Visibility.PUBLIC, t -> transfers.add(t.transfer()));
    Screener screener = Screener.of(organizations, transfers);
    PrintWriter err = spec.commandLine().getErr();
    ScreeningRun.Totals totals;
    try (InputStream in = open(input);
        NameList names = NameList.open(in, "-".equals(input) ? null : input);
        ProgressBar bar = progress()) {
      CSVPrinter csv = ScreeningCsv.printer(out);
      totals =
          ScreeningRun.run(
              names,
              screener,
              threshold,
              Long.MAX_VALUE,
              s -> ScreeningCsv.print(csv, s),
              n -> {
                if (bar != null) {
                  bar.stepTo(n);
                }
              });
      csv.flush();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    err.println(
        "Screened "
            + totals.names()
            + " names against register revision "
            + revision
            + ": "
            + totals.alerts()
            + " matches at threshold "
            + threshold
            + (totals.skippedRows() == 0 ? "" : "; " + totals.skippedRows() + " rows skipped"));
    if (!totals.skipped().isEmpty()) {
      err.println(
          "Skipped: "
              + totals.skipped().stream()
                  .limit(20)
                  .map(k -> "line " + k.line() + " (" + k.reason() + ")")
                  .collect(Collectors.joining(", "))
              + (totals.skippedRows() > 20 ? ", …" : ""));
    }
    return 0;
  }

  private static InputStream open(String input) throws IOException {
    if ("-".equals(input)) {
      return System.in;
    }
    try {
      return Files.newInputStream(Path.of(input));
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + input);
    }
  }

  /** A counter on a terminal; none when output is redirected to a log. */
  private static ProgressBar progress() {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("Screening")
        .setInitialMax(-1)
        .setUnit(" names", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .build();
  }
}
