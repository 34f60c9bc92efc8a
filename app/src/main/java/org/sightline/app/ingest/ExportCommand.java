package org.sightline.app.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sightline.app.cli.RegisterCommand;
import org.sightline.app.cli.UserError;
import org.sightline.app.figures.WorldMap;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.ExportFormat;
import org.sightline.store.ingest.OpenFormats;
import org.sightline.store.ingest.RegisterVersion;
import org.sightline.store.registry.JdbcRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sightline export}: the published data in an open format, in a stable order. */
@Command(
    name = "export",
    description = "Export the published register (deterministic, stable order).")
public class ExportCommand extends RegisterCommand {
  static final String FORMATS =
      Arrays.stream(ExportFormat.values()).map(ExportFormat::key).collect(Collectors.joining(", "));

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, jsonl, geojson, ftm or datapackage (a directory)")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "file to write (for datapackage: a directory)")
  Path out;

  private ExportFormat exportFormat;

  @Override
  protected void checkArguments() {
    exportFormat =
        ExportFormat.fromKey(format.trim().toLowerCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new UserError(
                        "unknown export format '" + format + "'; expected one of " + FORMATS));
    Path parentDir = out.toAbsolutePath().getParent();
    if (parentDir != null && !Files.isDirectory(parentDir)) {
      throw new UserError("cannot write " + out + ": directory " + parentDir + " does not exist");
    }
    if (exportFormat == ExportFormat.DATAPACKAGE && Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("cannot write the data package: " + out + " is not a directory");
    }
  }

  @Override
  protected int execute(Database db, PrintWriter stdout) throws Exception {
    JdbcRegister jdbc = new JdbcRegister(db);
    RegisterVersion version = RegisterVersion.of(jdbc);
    long count = new OpenFormats(jdbc, WorldMap::topology).write(exportFormat, version, out);
    stdout.println(
        "Exported "
            + count
            + (exportFormat == ExportFormat.FTM
                ? " entities"
                : exportFormat == ExportFormat.GEOJSON ? " countries" : " transfers")
            + " to "
            + out
            + " ("
            + exportFormat.key()
            + ", register version "
            + version.version()
            + ")");
    return 0;
  }
}
