package org.sightline.faults.outage;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sightline.faults.PostgresCluster;
import org.sightline.faults.Readers;
import org.sightline.faults.Setup;
import org.sightline.faults.Sightline;

/**
 * The database-outage check: readers keep reading while PostgreSQL is stopped for a while and
 * started again. While it is down every answer must be a clear 503 (no 500, no hang, health DOWN);
 * once it is back the server must recover by itself, with no restart, and answer 200 again.
 *
 * <p>The server asks the database for the register's version at most once per recheck interval (ADR
 * 0023, one second by default), so in the first moments of an outage it may still answer public
 * reads from its cache, with the register as it was: those answers may be 200 or 503, never
 * anything else. From one interval after the stop, every answer must be a 503.
 */
public record OutageRun(OutageRun.Settings settings, PrintStream out) {
  /** How a run is set up: the cluster is stopped and started, so it must be the run's own. */
  public record Settings(Setup setup, PostgresCluster cluster, int readers, Duration down) {}

  /** Answers by phase, the recovery time, and what went wrong. */
  public record Report(
      Map<Integer, Long> before,
      Map<Integer, Long> during,
      Map<Integer, Long> after,
      int healthWhileDown,
      int healthAfter,
      double recoverySeconds,
      List<String> problems) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

  /** The server's default {@code sightline.cache.recheck-after}, with a margin for scheduling. */
  private static final Duration CACHE_RECHECK = Duration.ofMillis(1_500);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public Report run() throws Exception {
    Sightline app = settings.setup().application();
    return app.whileServing(Duration.ofMinutes(3), server -> observe(server.base, app.log()));
  }

  private Report observe(URI base, Path log) throws IOException, InterruptedException {
    Readers readers = new Readers(base, Readers.publicReads(base), Duration.ofSeconds(30));
    readers.start(settings.readers());
    Thread.sleep(5_000);
    long stopping = System.nanoTime();
    settings.cluster().stop();
    long stopped = System.nanoTime();
    Thread.sleep(settings.down().toMillis() / 2);
    int healthDown = health(base);
    Thread.sleep(settings.down().toMillis() / 2);
    long starting = System.nanoTime();
    settings.cluster().start();
    long started = System.nanoTime();
    Thread.sleep(RECOVERY_LIMIT.toMillis() + 5_000);
    int healthUp = health(base);
    List<Readers.Answer> answers = readers.stop();

    List<String> problems = new ArrayList<>();
    // Before: answered before PostgreSQL began to stop (one still in flight then may get a 503).
    Map<Integer, Long> before =
        statuses(answers, a -> a.startedNanos() + a.latencyNanos() < stopping);
    // Down: sent once the server must have noticed (a recheck interval after PostgreSQL had
    // stopped) and answered before it was being started again (a request still waiting for a
    // connection when it comes back rightly succeeds).
    long noticed = stopped + CACHE_RECHECK.toNanos();
    Predicate<Readers.Answer> whileDown =
        a -> a.startedNanos() > noticed && a.startedNanos() + a.latencyNanos() < starting;
    Map<Integer, Long> during = statuses(answers, whileDown);
    // Before the server noticed: the cached register (200) or already a 503, nothing else.
    Map<Integer, Long> unnoticed =
        statuses(answers, a -> a.startedNanos() > stopped && a.startedNanos() <= noticed);
    // Recovered: from the start of the first request after which every answer was a 200.
    long lastFailure =
        answers.stream()
            .filter(a -> a.startedNanos() > started && a.status() != 200)
            .mapToLong(Readers.Answer::startedNanos)
            .max()
            .orElse(started);
    double recovery = (lastFailure - started) / 1e9;
    Map<Integer, Long> after = statuses(answers, a -> a.startedNanos() > lastFailure);

    if (!onlyStatus(before, 200)) {
      problems.add("before the outage not every answer was 200: " + before);
    }
    // Every read in the list needs the database: while it is down, each answer is a 503 (never a
    // 500, a hang or a dropped connection).
    if (!onlyStatus(during, 503)) {
      problems.add("while the database was down not every answer was a 503: " + during);
    }
    if (!unnoticed.keySet().stream().allMatch(status -> status == 200 || status == 503)) {
      problems.add(
          "in the recheck interval after the stop an answer was not 200 or 503: " + unnoticed);
    }
    List<String> servedWhileDown =
        answers.stream()
            .filter(whileDown)
            .filter(a -> a.status() != 503)
            .map(
                a ->
                    String.format(
                        "%s %d (sent %.1f s into the outage, answered in %.1f s)",
                        a.path(),
                        a.status(),
                        (a.startedNanos() - stopped) / 1e9,
                        a.latencyNanos() / 1e9))
            .toList();
    if (healthDown != 503) {
      problems.add("/actuator/health answered " + healthDown + " while the database was down");
    }
    if (recovery > RECOVERY_LIMIT.toSeconds()) {
      problems.add("no recovery within " + RECOVERY_LIMIT.toSeconds() + " s of the restart");
    } else if (!onlyStatus(after, 200)) {
      problems.add("after recovering not every answer was 200: " + after);
    }
    if (healthUp != 200) {
      problems.add("/actuator/health answered " + healthUp + " after the database was back");
    }
    Report report = new Report(before, during, after, healthDown, healthUp, recovery, problems);
    out.printf(
        "%s: before %s; first %.1f s of the outage (cache still trusted): %s; database down"
            + " %.0f s: %s, health %d; back: recovered %.1f s after PostgreSQL started, then %s,"
            + " health %d (server log %s)%n",
        report.passed() ? "PASS" : "FAIL",
        before,
        CACHE_RECHECK.toMillis() / 1e3,
        unnoticed,
        (starting - stopped) / 1e9,
        during,
        healthDown,
        recovery,
        after,
        healthUp,
        log);
    if (!servedWhileDown.isEmpty()) {
      out.println("  not a 503 while the database was down: " + servedWhileDown);
    }
    problems.forEach(p -> out.println("  problem: " + p));
    return report;
  }

  private int health(URI base) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(base.resolve("/actuator/health"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static Map<Integer, Long> statuses(
      List<Readers.Answer> answers, Predicate<Readers.Answer> phase) {
    return answers.stream()
        .filter(phase)
        .collect(
            Collectors.groupingBy(Readers.Answer::status, TreeMap::new, Collectors.counting()));
  }

  private static boolean onlyStatus(Map<Integer, Long> statuses, int status) {
    return !statuses.isEmpty() && statuses.keySet().stream().allMatch(s -> s == status);
  }
}
