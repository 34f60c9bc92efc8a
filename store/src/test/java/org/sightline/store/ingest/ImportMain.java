package org.sightline.store.ingest;

import java.nio.file.Path;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;

/**
 * A child process for {@link KillImportContract}: imports a file and prints "writing N" as the
 * write phase goes, so the parent knows when to kill it.
 *
 * <p>Arguments: jdbcUrl user password dataDir file.
 */
public final class ImportMain {
  private ImportMain() {}

  public static void main(String[] args) {
    DatabaseConfig config = DatabaseConfig.server(args[0], args[1], args[2], Path.of(args[3]));
    try (Database db = Database.open(config)) {
      ImportReport report =
          new Importer(db)
              .importFile(
                  Path.of(args[4]),
                  RecordKind.TRANSFERS,
                  false,
                  "child",
                  (phase, rows, bytes, total) -> {
                    if (phase == ImportPhase.WRITING && rows > 0) {
                      System.out.println("writing " + rows);
                      System.out.flush();
                    }
                  });
      System.out.println("done " + report.summary());
    }
  }
}
