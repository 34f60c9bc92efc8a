package org.sightline.faults.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.faults.PackagedJar;
import org.sightline.faults.Target;

/**
 * The short form of the load check (scripts/fault-check.sh load runs the long one): the packaged
 * server on PostgreSQL, 64 connections of mixed public reads, and not one answer other than 2xx.
 * Throughput and latency are printed, never asserted: they are measurements.
 */
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
class LoadCheckIT {
  @TempDir Path dir;

  @Test
  void sixtyFourConnectionsOfMixedReadsGetOnlySuccessfulAnswers() throws Exception {
    Target pg = Target.Postgres.freshSchema(System.getenv(), dir.resolve("data"));

    LoadRun.Report report =
        new LoadRun(
                new LoadRun.Settings(PackagedJar.on(pg, dir), 64, Duration.ofSeconds(15)),
                System.out)
            .run();

    assertThat(report.requests()).isPositive();
    assertThat(report.statuses()).as("answers by status").containsOnlyKeys(200);
  }
}
