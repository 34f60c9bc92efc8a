package org.sightline.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.store.db.OnEveryEngine;
import org.sightline.store.db.TestDatabase;

/**
 * A process killed (SIGKILL) in the middle of importing 100,000 rows leaves the database as it was
 * or fully imported, never half; running the import again completes it.
 */
abstract class KillImportContract extends OnEveryEngine {
  static final int ROWS = 100_000;

  @TempDir Path tmp;
  TestDatabase db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aKilledImportLeavesAllOrNothingAndRunningItAgainCompletesIt() throws Exception {
    db = TestDatabase.create(engine(), tmp);
    Path file = tmp.resolve("big.csv");
    GeneratedTransfers.write(file, ROWS, 0);
    db.database(); // migrate, then let the child have the (H2 file) database to itself
    db.closeDatabase();

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ImportMain.class.getName(),
                db.config().jdbcUrl(),
                db.config().user(),
                db.config().password(),
                db.config().dataDir().toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        output.add(line);
        if (line.startsWith("writing ") && Long.parseLong(line.substring(8)) >= 20_000) {
          child.destroyForcibly();
          break;
        }
      }
    }
    child.waitFor();
    assertThat(output).as("child output").anyMatch(l -> l.startsWith("writing "));

    long transfers = count("SELECT COUNT(*) FROM transfer");
    long revisions = count("SELECT COUNT(*) FROM revision");
    assertThat(transfers).isIn(0L, (long) ROWS);
    assertThat(revisions).isEqualTo(transfers);

    ImportReport rerun =
        new Importer(db.database())
            .importFile(file, RecordKind.TRANSFERS, false, "tester", ProgressListener.NONE);

    assertThat(rerun.ok()).isTrue();
    assertThat(rerun.created() + rerun.unchanged()).isEqualTo(ROWS);
    assertThat(count("SELECT COUNT(*) FROM transfer")).isEqualTo(ROWS);
    assertThat(count("SELECT COUNT(*) FROM revision")).isEqualTo(ROWS);
    assertThat(count("SELECT COUNT(DISTINCT transfer_id) FROM transfer_source")).isEqualTo(ROWS);
  }

  private long count(String sql) throws Exception {
    try (Connection c = db.database().connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
