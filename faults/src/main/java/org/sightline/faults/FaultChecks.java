package org.sightline.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sightline.faults.crash.CrashRun;
import org.sightline.faults.crash.WritesRun;
import org.sightline.faults.load.LoadRun;
import org.sightline.faults.outage.OutageRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Fault checks run against the packaged application as users run it: separate server processes,
 * real HTTP, real crashes. {@code scripts/crash-check.sh} is the usual way in. Each command sets a
 * check up from its options and runs it; exit 1 when the check fails.
 */
@Command(
    name = "sightline-faults",
    mixinStandardHelpOptions = true,
    description = "Fault checks against the packaged Sightline server.")
public final class FaultChecks {
  private FaultChecks() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new FaultChecks()).execute(args));
  }

  @Command(
      name = "crash",
      mixinStandardHelpOptions = true,
      description = {
        "Concurrent writers against a real server, kill -9 after a few seconds, restart, and every"
            + " acknowledged write looked up in the database. Exit 1 on any loss, reused id or"
            + " derived state that disagrees with the register."
      })
  int crash(
      @Mixin TargetOptions database,
      @Option(
              names = "--crash-postgres",
              description =
                  "with --db pg: also kill -9 the PostgreSQL cluster in this folder (made by"
                      + " scripts/pg-throwaway.sh) in every round, and start it again")
          Path crashPostgres,
      @Option(names = "--rounds", defaultValue = "20") int rounds,
      @Option(names = "--writers", defaultValue = "4") int writers,
      @Option(names = "--min-seconds", defaultValue = "3", description = "shortest writing window")
          double minSeconds,
      @Option(names = "--max-seconds", defaultValue = "6", description = "longest writing window")
          double maxSeconds,
      @Option(names = "--seed", defaultValue = "1") long seed)
      throws Exception {
    CrashRun.Settings settings =
        new CrashRun.Settings(
            database.setup("crash"),
            rounds,
            writers,
            Duration.ofMillis((long) (minSeconds * 1000)),
            Duration.ofMillis((long) (maxSeconds * 1000)),
            seed,
            crashPostgres == null ? null : new PostgresCluster(crashPostgres));
    return exitCode(new CrashRun(settings, System.out).run().passed());
  }

  @Command(
      name = "writes",
      mixinStandardHelpOptions = true,
      description = "Acknowledged API writes per second on the embedded database, one jar or A/B.")
  int writes(
      @Option(names = "--jar", required = true, description = "application jar (give two for A/B)")
          List<Path> jars,
      @Option(names = "--seconds", defaultValue = "10") int seconds,
      @Option(names = "--rounds", defaultValue = "3") int rounds,
      @Option(names = "--writers", defaultValue = "4") int writers)
      throws Exception {
    Path dir = Files.createTempDirectory("sightline-writes-");
    new WritesRun(
            new WritesRun.Settings(jars, dir, rounds, writers, Duration.ofSeconds(seconds)),
            System.out)
        .run();
    return 0;
  }

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = {
        "Anonymous readers on many connections going round pages, API reads and searches of the"
            + " packaged server (starter data). Exit 1 on any answer other than 2xx."
      })
  int load(
      @Mixin TargetOptions database,
      @Option(names = "--connections", defaultValue = "64") int connections,
      @Option(names = "--seconds", defaultValue = "60") int seconds)
      throws Exception {
    LoadRun.Settings settings =
        new LoadRun.Settings(database.setup("load"), connections, Duration.ofSeconds(seconds));
    return exitCode(new LoadRun(settings, System.out).run().passed());
  }

  @Command(
      name = "outage",
      mixinStandardHelpOptions = true,
      description = {
        "Readers keep reading while the PostgreSQL cluster is stopped and started again: 503 while"
            + " it is down, 200 again without restarting Sightline once it is back."
      })
  int outage(
      @Option(names = "--jar", defaultValue = "app/target/sightline.jar") Path jar,
      @Option(
              names = "--cluster",
              required = true,
              description =
                  "a throwaway cluster made by scripts/pg-throwaway.sh (it is stopped and started)")
          Path cluster,
      @Option(names = "--pg-url", required = true, description = "its JDBC URL") String url,
      @Option(names = "--down-seconds", defaultValue = "10") int downSeconds,
      @Option(names = "--readers", defaultValue = "4") int readers)
      throws Exception {
    Path dir = Files.createTempDirectory("sightline-outage-");
    Target target =
        Target.Postgres.freshSchema(
            url,
            System.getenv().getOrDefault("TEST_PG_USER", "sightline"),
            System.getenv().getOrDefault("TEST_PG_PASSWORD", "sightline"),
            dir.resolve("data"));
    OutageRun.Settings settings =
        new OutageRun.Settings(
            new Setup(jar.toAbsolutePath(), target, dir),
            new PostgresCluster(cluster),
            readers,
            Duration.ofSeconds(downSeconds));
    return exitCode(new OutageRun(settings, System.out).run().passed());
  }

  private static int exitCode(boolean passed) {
    return passed ? 0 : 1;
  }
}
