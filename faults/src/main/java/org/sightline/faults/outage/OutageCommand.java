package org.sightline.faults.outage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sightline.faults.PostgresCluster;
import org.sightline.faults.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code outage}: PostgreSQL stopped and started under readers; exit 1 unless 503s and recovery.
 */
@Command(
    name = "outage",
    mixinStandardHelpOptions = true,
    description = {
      "Readers keep reading while the PostgreSQL cluster is stopped and started again: 503 while"
          + " it is down, 200 again without restarting Sightline once it is back."
    })
public final class OutageCommand implements Callable<Integer> {
  @Option(names = "--jar", defaultValue = "app/target/sightline.jar")
  Path jar;

  @Option(
      names = "--cluster",
      required = true,
      description =
          "a throwaway cluster made by scripts/pg-throwaway.sh (it is stopped and started)")
  Path cluster;

  @Option(names = "--pg-url", required = true, description = "its JDBC URL")
  String url;

  @Option(names = "--down-seconds", defaultValue = "10")
  int downSeconds;

  @Option(names = "--readers", defaultValue = "4")
  int readers;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("sightline-outage-");
    Target target =
        Target.Postgres.freshSchema(
            url,
            System.getenv().getOrDefault("TEST_PG_USER", "sightline"),
            System.getenv().getOrDefault("TEST_PG_PASSWORD", "sightline"),
            dir.resolve("data"));
    OutageRun.Settings settings =
        new OutageRun.Settings(
            jar.toAbsolutePath(),
            new PostgresCluster(cluster),
            target,
            dir,
            readers,
            Duration.ofSeconds(downSeconds));
    return new OutageRun(settings, System.out).run().passed() ? 0 : 1;
  }
}
