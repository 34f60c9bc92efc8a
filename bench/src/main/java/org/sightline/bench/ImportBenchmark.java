package org.sightline.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.ingest.ImportPhase;
import org.sightline.store.ingest.ImportReport;
import org.sightline.store.ingest.Importer;
import org.sightline.store.ingest.ProgressListener;
import org.sightline.store.ingest.RecordKind;

/**
 * Import throughput of generated transfers into H2 and PostgreSQL, beside PostgreSQL's own COPY of
 * the same CSV into a flat table: the ceiling for getting these bytes into that server.
 *
 * <p>Usage: {@code java -jar bench/target/sightline-bench.jar import [rows] [all|h2|pg]} with
 * {@code BENCH_PG_URL}, {@code BENCH_PG_USER}, {@code BENCH_PG_PASSWORD} set for the PostgreSQL
 * runs. Each engine gets a fresh database (H2: a new directory; PostgreSQL: a new schema).
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = Benchmarks.count(args, 0, 1_000_000);
    Path work = Files.createTempDirectory("sightline-bench");
    Path csv = work.resolve("transfers.csv");
    long bytes = SyntheticTransfers.write(csv, rows, 42);
    System.out.printf(Locale.ROOT, "generated %,d transfers, %.1f MB of CSV%n", rows, bytes / 1e6);

    String engines = args.length > 1 ? args[1] : "all";
    double h2 = Double.NaN;
    if (!engines.equals("pg")) {
      h2 = importInto(DatabaseConfig.embedded(work.resolve("h2")), csv, rows, bytes, "H2");
    }
    String pgUrl = System.getenv("BENCH_PG_URL");
    if (pgUrl == null || engines.equals("h2")) {
      System.out.println(
          pgUrl == null ? "BENCH_PG_URL not set: PostgreSQL runs skipped" : "PostgreSQL skipped");
      WorkDirs.deleteTree(work);
      return;
    }
    String user = System.getenv("BENCH_PG_USER");
    String password = System.getenv("BENCH_PG_PASSWORD");
    String copySchema = freshSchema(pgUrl, user, password, "bench_copy");
    String schema = freshSchema(pgUrl, user, password, "bench_import");
    double copy;
    double pg;
    try {
      copy = copyInto(pgUrl, user, password, copySchema, csv, rows, bytes);
      String schemaUrl = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      pg =
          importInto(
              DatabaseConfig.server(schemaUrl, user, password, work.resolve("pg")),
              csv,
              rows,
              bytes,
              "PostgreSQL");
    } finally {
      // A million rows per run add up: leave the benchmark database as it was.
      dropSchemas(pgUrl, user, password, copySchema, schema);
    }
    System.out.printf(
        Locale.ROOT,
        "ratio: sightline import / COPY = %.2f (PostgreSQL), H2 import / COPY = %.2f%n",
        pg / copy,
        h2 / copy);
    WorkDirs.deleteTree(work);
  }

  private static double importInto(
      DatabaseConfig config, Path csv, int rows, long bytes, String label) {
    try (Database db = Database.open(config)) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long[] writingFrom = {0, 0};
      ProgressListener phases =
          (phase, done, read, total) -> {
            if (phase == ImportPhase.WRITING && writingFrom[0] == 0) {
              writingFrom[0] = System.nanoTime();
              writingFrom[1] = threads.getCurrentThreadCpuTime();
            }
          };
      ImportReport report =
          new Importer(db).importFile(csv, RecordKind.TRANSFERS, false, "bench", phases);
      long end = System.nanoTime();
      long cpuEnd = threads.getCurrentThreadCpuTime();
      double seconds = (end - start) / 1e9;
      if (!report.ok() || report.created() != rows) {
        throw new IllegalStateException(label + " import failed: " + report.summary());
      }
      double perSecond = print(label + " sightline import", rows, bytes, seconds);
      if (writingFrom[0] != 0) {
        System.out.printf(
            Locale.ROOT,
            "  of which validating %.1f s, writing (one transaction, commit included) %.1f s;"
                + " CPU time of the importing thread %.1f s + %.1f s%n",
            (writingFrom[0] - start) / 1e9,
            (end - writingFrom[0]) / 1e9,
            (writingFrom[1] - cpuStart) / 1e9,
            (cpuEnd - writingFrom[1]) / 1e9);
      }
      return perSecond;
    }
  }

  private static double copyInto(
      String url, String user, String password, String schema, Path csv, int rows, long bytes)
      throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + schema);
      s.execute(
          "CREATE TABLE transfer_copy (id VARCHAR(64) PRIMARY KEY, supplier VARCHAR(500),"
              + " supplier_aliases VARCHAR(2000), supplier_country VARCHAR(2),"
              + " recipient_country VARCHAR(2), end_user VARCHAR(500), technologies VARCHAR(400),"
              + " status VARCHAR(20), year_start INTEGER, year_end INTEGER,"
              + " value_amount NUMERIC(20,2), value_currency VARCHAR(3),"
              + " financing_lender VARCHAR(500), financing_amount NUMERIC(20,2),"
              + " financing_currency VARCHAR(3), summary VARCHAR(8000), source_url VARCHAR(2000),"
              + " source_publisher VARCHAR(500), source_date VARCHAR(10),"
              + " second_source_url VARCHAR(2000))");
      long start = System.nanoTime();
      long copied;
      try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        copied =
            c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY transfer_copy FROM STDIN (FORMAT csv, HEADER true)", in);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (copied != rows) {
        throw new IllegalStateException("COPY loaded " + copied + " rows, expected " + rows);
      }
      return print("PostgreSQL COPY (flat table)", rows, bytes, seconds);
    }
  }

  private static String freshSchema(String url, String user, String password, String prefix)
      throws SQLException {
    String schema = prefix + "_" + System.currentTimeMillis();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return schema;
  }

  private static void dropSchemas(String url, String user, String password, String... schemas)
      throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      for (String schema : schemas) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  private static double print(String label, int rows, long bytes, double seconds) {
    double perSecond = rows / seconds;
    System.out.printf(
        Locale.ROOT,
        "%-32s %8.1f s  %,10.0f rows/s  %6.1f MB/s%n",
        label,
        seconds,
        perSecond,
        bytes / 1e6 / seconds);
    return perSecond;
  }
}
