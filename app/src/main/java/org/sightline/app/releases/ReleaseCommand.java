package org.sightline.app.releases;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.app.cli.RegisterCommand;
import org.sightline.app.cli.UserError;
import org.sightline.app.figures.WorldMap;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.ReleaseBundle;
import org.sightline.store.registry.JdbcRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sightline release}: a dated, hashed bundle of every export format, with checksums. */
@Command(
    name = "release",
    description =
        "Write a citable release of the published register: every export format, SHA256SUMS and"
            + " CITATION.cff, in a directory named after the register's date and version.")
public class ReleaseCommand extends RegisterCommand {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "directory to write the release into (created if missing)")
  Path out;

  @Override
  protected void checkArguments() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("cannot write the release: " + out + " is not a directory");
    }
  }

  @Override
  protected int execute(Database db, PrintWriter stdout) {
    ReleaseBundle.Written written;
    try {
      written = new ReleaseBundle(new JdbcRegister(db), WorldMap::topology).write(out);
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    stdout.println(
        "Released register version "
            + written.version().version()
            + " ("
            + written.version().publishedRecords()
            + " published records, "
            + written.checksums().size()
            + " files) to "
            + written.directory());
    return 0;
  }
}
