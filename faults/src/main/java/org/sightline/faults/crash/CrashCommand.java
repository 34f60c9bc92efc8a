package org.sightline.faults.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sightline.faults.PostgresCluster;
import org.sightline.faults.Target;
import org.sightline.faults.TargetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crash}: the crash check from the command line (scripts/crash-check.sh runs it). */
@Command(
    name = "crash",
    mixinStandardHelpOptions = true,
    description = {
      "Concurrent writers against a real server, kill -9 after a few seconds, restart, and every"
          + " acknowledged write looked up in the database. Exit 1 on any loss, reused id or"
          + " derived state that disagrees with the register."
    })
public final class CrashCommand implements Callable<Integer> {
  @Mixin TargetOptions database;

  @Option(
      names = "--crash-postgres",
      description =
          "with --db pg: also kill -9 the PostgreSQL cluster in this folder (made by"
              + " scripts/pg-throwaway.sh) in every round, and start it again")
  Path crashPostgres;

  @Option(names = "--rounds", defaultValue = "20")
  int rounds;

  @Option(names = "--writers", defaultValue = "4")
  int writers;

  @Option(names = "--min-seconds", defaultValue = "3", description = "shortest writing window")
  double minSeconds;

  @Option(names = "--max-seconds", defaultValue = "6", description = "longest writing window")
  double maxSeconds;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  @Option(
      names = "--work",
      description = "folder for the data and the server log (default: a new temporary one)")
  Path work;

  @Override
  public Integer call() throws Exception {
    Path dir = work != null ? work : Files.createTempDirectory("sightline-crash-");
    Target target = database.target(dir);
    CrashRun.Settings settings =
        new CrashRun.Settings(
            database.jar.toAbsolutePath(),
            target,
            dir,
            rounds,
            writers,
            Duration.ofMillis((long) (minSeconds * 1000)),
            Duration.ofMillis((long) (maxSeconds * 1000)),
            seed,
            crashPostgres == null ? null : new PostgresCluster(crashPostgres));
    return new CrashRun(settings, System.out).run().passed() ? 0 : 1;
  }
}
