package org.sightline.faults.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sightline.faults.PostgresCluster;
import org.sightline.faults.Readers;
import org.sightline.faults.Setup;
import org.sightline.faults.Sightline;
import org.sightline.faults.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash check: rounds of concurrent writers against a real server process that is killed with
 * SIGKILL after a few seconds, then every write it acknowledged is looked up in the database, and
 * after each restart the derived state (search index, figures) is compared with the register.
 */
public record CrashRun(CrashRun.Settings settings, PrintStream out) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  /**
   * How a run is set up; {@code crashAlso}, when not null, is a PostgreSQL cluster killed with the
   * server in every round (CI kills only the application).
   */
  public record Settings(
      Setup setup,
      int rounds,
      int writers,
      Duration minWrite,
      Duration maxWrite,
      long seed,
      PostgresCluster crashAlso) {}

  /** One round's figures. */
  public record Round(
      int round,
      int acknowledged,
      int acknowledgedSoFar,
      double writeSeconds,
      double restartSeconds,
      int missing,
      int reused,
      int unexpected,
      List<String> derivedMismatches) {
    double writesPerSecond() {
      return acknowledged / writeSeconds;
    }
  }

  /** The whole run: rounds, and every problem found with examples. */
  public record Report(
      List<Round> rounds,
      int acknowledged,
      List<String> missing,
      List<String> reusedIds,
      List<String> derivedMismatches,
      List<String> unexpectedAnswers) {
    public boolean passed() {
      return missing.isEmpty() && reusedIds.isEmpty() && derivedMismatches.isEmpty();
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public Report run() throws IOException, SQLException, InterruptedException {
    Sightline app = settings.setup().application();
    Target target = settings.setup().target();
    out.println(
        "crash check on "
            + target.describe()
            + (settings.crashAlso() != null ? ", PostgreSQL crashed with the server" : "")
            + " (server log: "
            + app.log()
            + ")");
    app.command("user", "add", "crash-contributor", "--role", "contributor");
    app.command("user", "add", "crash-reviewer", "--role", "reviewer");
    String contributor = app.command("token", "create", "crash-contributor", "--days", "2");
    String reviewer = app.command("token", "create", "crash-reviewer", "--days", "2");

    Ledger ledger = new Ledger();
    Random random = new Random(settings.seed());
    List<Round> rounds = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> mismatches = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    RegisterProbe.Findings last = null;
    out.println(
        "round  acked  acked so far  missing  reused  unexpected  writes/s  restart s  derived");
    for (int r = 1; r <= settings.rounds(); r++) {
      Sightline.Server server = app.serve(START_TIMEOUT);
      List<String> derived = last == null ? List.of() : derivedState(server.base, last);
      long window =
          settings.minWrite().toMillis()
              + (long)
                  (random.nextDouble()
                      * (settings.maxWrite().toMillis() - settings.minWrite().toMillis()));
      Writers writers = new Writers(server.base, contributor, reviewer, ledger);
      long started = System.nanoTime();
      writers.start(settings.writers(), settings.seed() + r);
      Thread.sleep(window);
      server.kill();
      if (settings.crashAlso() != null) {
        settings.crashAlso().crash();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      writers.stop();
      if (settings.crashAlso() != null) {
        settings.crashAlso().start();
      }

      RegisterProbe.Findings findings = RegisterProbe.check(target, ledger);
      Round round =
          new Round(
              r,
              ledger.takeRound(),
              ledger.acknowledged(),
              seconds,
              server.startSeconds,
              findings.lost(),
              ledger.reused(),
              writers.unexpected(),
              derived);
      rounds.add(round);
      print(round);
      derived.forEach(d -> mismatches.add("after restart " + round.round() + ": " + d));
      addSome(unexpected, writers.unexpectedSamples());
      last = findings;
    }
    // The last kill is followed by a restart too: the database must open and agree once more.
    Sightline.Server server = app.serve(START_TIMEOUT);
    List<String> derived = last == null ? List.of() : derivedState(server.base, last);
    derived.forEach(d -> mismatches.add("after the final restart: " + d));
    server.stop();

    // A write is promised for good, so the last look covers every round: what is missing now.
    if (last != null) {
      missing.addAll(last.missing());
      missing.addAll(last.behind());
    }
    Report report =
        new Report(
            rounds, ledger.acknowledged(), missing, ledger.reusedIds(), mismatches, unexpected);
    summarise(report);
    return report;
  }

  /** Search and figures served after a restart against the register as the probe found it. */
  private List<String> derivedState(URI base, RegisterProbe.Findings register)
      throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    int stats = get(base, "/api/v1/stats").get("transfers").asInt();
    if (stats != register.published()) {
      problems.add(
          "/api/v1/stats counts "
              + stats
              + " published transfers, the register holds "
              + register.published());
    }
    long found = get(base, "/api/v1/transfers?size=1&q=" + Writers.MARKER).get("total").asLong();
    if (found != register.publishedByCheck()) {
      problems.add(
          "search finds "
              + found
              + " of the check's published transfers, the register holds "
              + register.publishedByCheck());
    }
    return problems;
  }

  private JsonNode get(URI base, String path) throws IOException, InterruptedException {
    return Readers.get(HTTP, base, path);
  }

  private void print(Round r) {
    out.printf(
        "%5d  %5d  %12d  %7d  %6d  %10d  %8.0f  %9.1f  %s%n",
        r.round(),
        r.acknowledged(),
        r.acknowledgedSoFar(),
        r.missing(),
        r.reused(),
        r.unexpected(),
        r.writesPerSecond(),
        r.restartSeconds(),
        r.round() == 1 ? "-" : r.derivedMismatches().isEmpty() ? "agrees" : "DIFFERS");
  }

  private void summarise(Report report) {
    double[] rates =
        report.rounds().stream().mapToDouble(Round::writesPerSecond).sorted().toArray();
    double[] starts =
        report.rounds().stream().mapToDouble(Round::restartSeconds).sorted().toArray();
    out.printf(
        "%s: rounds=%d acknowledged=%d missing=%d reused=%d derived_mismatches=%d"
            + " unexpected_answers=%d writes_per_s_median=%.0f restart_s_median=%.1f%n",
        report.passed() ? "PASS" : "FAIL",
        report.rounds().size(),
        report.acknowledged(),
        report.missing().size(),
        report.reusedIds().size(),
        report.derivedMismatches().size(),
        report.rounds().stream().mapToInt(Round::unexpected).sum(),
        median(rates),
        median(starts));
    report.missing().stream().limit(10).forEach(m -> out.println("  missing: " + m));
    report.reusedIds().stream().limit(10).forEach(m -> out.println("  reused: " + m));
    report.derivedMismatches().forEach(m -> out.println("  derived: " + m));
    report.unexpectedAnswers().stream().limit(10).forEach(m -> out.println("  answer: " + m));
  }

  private static double median(double[] sorted) {
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
  }

  private static void addSome(List<String> into, List<String> from) {
    from.stream().limit(Math.max(0, 50 - into.size())).forEach(into::add);
  }
}
