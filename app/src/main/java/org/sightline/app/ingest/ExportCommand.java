package org.sightline.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.ExportFormat;
import org.sightline.store.ingest.Exporter;
import org.sightline.store.registry.JdbcRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sightline export}: the published data in an open format, in a stable order. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the published register (deterministic, stable order).")
public class ExportCommand implements Callable<Integer> {
  static final List<String> PLANNED = List.of("geojson", "ftm", "datapackage");

  @Spec CommandSpec spec;

  @Mixin RegisterOptions register;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv or jsonl (geojson, ftm and datapackage are not yet supported)")
  String format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "file to write")
  Path out;

  @Override
  public Integer call() throws Exception {
    QuietLogging.apply();
    String f = format.trim().toLowerCase(Locale.ROOT);
    if (PLANNED.contains(f)) {
      throw new UserError(
          "export format '" + f + "' is not yet supported; available now: csv, jsonl");
    }
    ExportFormat exportFormat =
        ExportFormat.fromKey(f)
            .orElseThrow(
                () ->
                    new UserError("unknown export format '" + format + "'; expected csv or jsonl"));
    Path parentDir = out.toAbsolutePath().getParent();
    if (parentDir != null && !Files.isDirectory(parentDir)) {
      throw new UserError("cannot write " + out + ": directory " + parentDir + " does not exist");
    }
    try (Database db = Database.open(register.resolve())) {
      long count = new Exporter(new JdbcRegister(db)).export(exportFormat, out);
      spec.commandLine()
          .getOut()
          .println("Exported " + count + " transfers to " + out + " (" + f + ")");
    }
    return 0;
  }
}
