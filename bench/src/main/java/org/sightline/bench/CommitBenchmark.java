package org.sightline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.registry.RegisterWriter;

/**
 * What a durable commit costs: small write transactions (one draft transfer with its revision, as
 * {@code POST /api/v1/transfers} writes) from several threads for a fixed time, on H2 as Sightline
 * opens it (written at commit) beside H2 with its default write delay (acknowledged before it is
 * written; what Sightline did before ADR 0016), and on PostgreSQL when {@code BENCH_PG_URL} is set.
 * Rounds are interleaved so that a busy machine slows every variant alike; the ratio is the figure.
 *
 * <p>Usage: {@code ./sightline bench commits [seconds per round, default 5] [threads, default 4]}.
 */
final class CommitBenchmark {
  private static final int ROUNDS = 3;

  private CommitBenchmark() {}

  static void main(String[] args) throws Exception {
    int seconds = Benchmarks.count(args, 0, 5);
    int threads = Benchmarks.count(args, 1, 4);
    Path work = Files.createTempDirectory("sightline-bench-commits");
    Map<String, DatabaseConfig> variants = new LinkedHashMap<>();
    DatabaseConfig durable = DatabaseConfig.embedded(work.resolve("h2-durable"));
    variants.put("H2, written at commit (now)", durable);
    DatabaseConfig delayed = DatabaseConfig.embedded(work.resolve("h2-delayed"));
    variants.put(
        "H2, 500 ms write delay (before)",
        new DatabaseConfig(
            delayed.jdbcUrl().replace("WRITE_DELAY=0", "WRITE_DELAY=500"),
            delayed.user(),
            delayed.password(),
            delayed.dataDir()));
    String pgUrl = System.getenv("BENCH_PG_URL");
    String schema = null;
    if (pgUrl != null) {
      schema = "bench_commits_" + System.currentTimeMillis();
      try (Connection c =
              DriverManager.getConnection(
                  pgUrl, System.getenv("BENCH_PG_USER"), System.getenv("BENCH_PG_PASSWORD"));
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      variants.put(
          "PostgreSQL, synchronous commit",
          DatabaseConfig.server(
              pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
              System.getenv("BENCH_PG_USER"),
              System.getenv("BENCH_PG_PASSWORD"),
              work.resolve("pg")));
    } else {
      System.out.println("BENCH_PG_URL not set: PostgreSQL skipped");
    }
    System.out.printf(
        Locale.ROOT,
        "%d threads, %d s per round, %d interleaved rounds (commits/s per round)%n",
        threads,
        seconds,
        ROUNDS);
    Map<String, List<Double>> results = new LinkedHashMap<>();
    Map<String, Database> open = new LinkedHashMap<>();
    try {
      for (var v : variants.entrySet()) {
        open.put(v.getKey(), Database.open(v.getValue()));
        results.put(v.getKey(), new ArrayList<>());
      }
      AtomicLong ids = new AtomicLong();
      for (int round = 0; round <= ROUNDS; round++) {
        for (var db : open.entrySet()) {
          double rate = commitsPerSecond(db.getValue(), threads, seconds, ids);
          if (round > 0) { // round 0 warms up the JIT and the files
            results.get(db.getKey()).add(rate);
          }
        }
      }
    } finally {
      open.values().forEach(Database::close);
      if (schema != null) {
        try (Connection c =
                DriverManager.getConnection(
                    pgUrl, System.getenv("BENCH_PG_USER"), System.getenv("BENCH_PG_PASSWORD"));
            Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
      WorkDirs.deleteTree(work);
    }
    double baseline = Double.NaN;
    for (var r : results.entrySet()) {
      double best = r.getValue().stream().mapToDouble(Double::doubleValue).max().orElse(0);
      if (Double.isNaN(baseline)) {
        baseline = best;
      }
      System.out.printf(
          Locale.ROOT,
          "%-34s best %,8.0f commits/s  rounds %s  (x%.2f of the first)%n",
          r.getKey(),
          best,
          r.getValue().stream().map(d -> String.format(Locale.ROOT, "%,.0f", d)).toList(),
          best / baseline);
    }
  }

  private static double commitsPerSecond(Database db, int threads, int seconds, AtomicLong ids)
      throws InterruptedException {
    RegisterWriter writer = new RegisterWriter(db);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong commits = new AtomicLong();
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread thread =
          new Thread(
              () -> {
                while (!stop.get()) {
                  writer.saveTransfers(List.of(draft(ids.incrementAndGet())), "bench", "bench");
                  commits.incrementAndGet();
                }
              });
      running.add(thread);
    }
    long started = System.nanoTime();
    running.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread thread : running) {
      thread.join();
    }
    return commits.get() / ((System.nanoTime() - started) / 1e9);
  }

  private static Transfer draft(long n) {
    return new Transfer(
        "T-BENCH-" + n,
        List.of(new OrganizationRef(null, "Benchmark Optics " + (n % 50))),
        "CN",
        "KE",
        "Ministry of Interior",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        TransferStatus.DELIVERED,
        2000 + (int) (n % 25),
        null,
        null,
        null,
        "Benchmark draft " + n + ": cameras for the capital.",
        List.of(
            new Source(
                "https://example.org/bench/" + n,
                "Example News",
                "2021-03-01",
                "The ministry bought cameras.")),
        PublicationState.DRAFT);
  }
}
