package org.sightline.app.releases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.app.figures.WorldMap;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.ReleaseBundle;
import org.sightline.store.registry.JdbcRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sightline release}: a dated, hashed bundle of every export format, with checksums. */
@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    description =
        "Write a citable release of the published register: every export format, SHA256SUMS and"
            + " CITATION.cff, in a directory named after the register's date and version.")
public class ReleaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RegisterOptions register;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "directory to write the release into (created if missing)")
  Path out;

  @Override
  public Integer call() {
    QuietLogging.apply();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("cannot write the release: " + out + " is not a directory");
    }
    try (Database db = Database.open(register.resolve())) {
      ReleaseBundle.Written written;
      try {
        written = new ReleaseBundle(new JdbcRegister(db), WorldMap::topology).write(out);
      } catch (IllegalStateException e) {
        throw new UserError(e.getMessage());
      }
      spec.commandLine()
          .getOut()
          .println(
              "Released register version "
                  + written.version().version()
                  + " ("
                  + written.version().publishedRecords()
                  + " published records, "
                  + written.checksums().size()
                  + " files) to "
                  + written.directory());
    }
    return 0;
  }
}
