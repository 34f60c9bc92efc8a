package org.sightline.faults.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sightline.faults.Readers;
import org.sightline.faults.Setup;
import org.sightline.faults.Sightline;

/**
 * The load check: the packaged server with the starter data, anonymous readers on many connections
 * going round pages, API reads and searches for a fixed time. Passes when every answer was a 2xx;
 * reports requests, requests/s and latency quantiles.
 */
public record LoadRun(LoadRun.Settings settings, PrintStream out) {
  /** How a run is set up. */
  public record Settings(Setup setup, int connections, Duration length) {}

  /** The figures of a run. */
  public record Report(
      long requests,
      Map<Integer, Long> statuses,
      double seconds,
      double p50Millis,
      double p99Millis,
      double maxMillis) {
    public long errors() {
      return statuses.entrySet().stream()
          .filter(e -> e.getKey() / 100 != 2)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    public double requestsPerSecond() {
      return requests / seconds;
    }

    public boolean passed() {
      return requests > 0 && errors() == 0;
    }
  }

  /** "/countries/KE" and "/countries/EC" are one kind of read: "/countries/*". */
  static String kind(String path) {
    String p = path.replaceAll("\\?.*$", "?…");
    return p.replaceAll("/(countries|organizations|transfers)/[^/?]+", "/$1/*");
  }

  public Report run() throws Exception {
    Sightline app = settings.setup().application();
    return app.whileServing(Duration.ofMinutes(3), server -> measure(server, app.log()));
  }

  private Report measure(Sightline.Server server, Path log)
      throws IOException, InterruptedException {
    List<String> paths = Readers.publicReads(server.base);
    // Warm-up: the JIT and the page cache, so the figures describe a running server.
    Readers warm = new Readers(server.base, paths, Duration.ofSeconds(30));
    warm.start(Math.min(8, settings.connections()));
    Thread.sleep(5_000);
    warm.stop();

    Readers readers = new Readers(server.base, paths, Duration.ofSeconds(30));
    long started = System.nanoTime();
    readers.start(settings.connections());
    Thread.sleep(settings.length().toMillis());
    List<Readers.Answer> answers = readers.stop();
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<Integer, Long> statuses =
        answers.stream()
            .collect(
                Collectors.groupingBy(Readers.Answer::status, TreeMap::new, Collectors.counting()));
    Report report =
        new Report(
            answers.size(),
            statuses,
            seconds,
            Readers.quantileMillis(answers, 0.50),
            Readers.quantileMillis(answers, 0.99),
            Readers.quantileMillis(answers, 1.0));
    out.printf(
        "%s: %d connections, %.0f s, %d requests (%.0f/s), errors %d, statuses %s,"
            + " latency p50 %.1f ms p99 %.1f ms max %.1f ms (%s; server log %s)%n",
        report.passed() ? "PASS" : "FAIL",
        settings.connections(),
        seconds,
        report.requests(),
        report.requestsPerSecond(),
        report.errors(),
        statuses,
        report.p50Millis(),
        report.p99Millis(),
        report.maxMillis(),
        settings.setup().target().describe(),
        log);
    // Where the time goes: the slowest kinds of read (paths with their ids folded together).
    answers.stream().collect(Collectors.groupingBy(a -> kind(a.path()))).entrySet().stream()
        .sorted(
            (x, y) ->
                Double.compare(
                    Readers.quantileMillis(y.getValue(), 0.99),
                    Readers.quantileMillis(x.getValue(), 0.99)))
        .limit(5)
        .forEach(
            e ->
                out.printf(
                    "  %-28s %6d requests  p50 %7.1f ms  p99 %7.1f ms%n",
                    e.getKey(),
                    e.getValue().size(),
                    Readers.quantileMillis(e.getValue(), 0.50),
                    Readers.quantileMillis(e.getValue(), 0.99)));
    return report;
  }
}
