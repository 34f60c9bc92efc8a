package org.sightline.faults.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.faults.PackagedJar;
import org.sightline.faults.Target;

/**
 * The short form of the crash check (scripts/crash-check.sh runs the long one): the packaged
 * server, four concurrent writers, three kill -9s, and every acknowledged write found afterwards.
 */
class CrashCheckIT {
  @TempDir Path dir;

  @Test
  void theEmbeddedDatabaseKeepsEveryAcknowledgedWriteThroughKills() throws Exception {
    CrashRun.Report report = run(new Target.Embedded(dir.resolve("data")));

    assertPassed(report);
  }

  @Test
  @EnabledIfEnvironmentVariable(
      named = "TEST_PG_URL",
      matches = ".+",
      disabledReason =
          "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
  void postgresqlKeepsEveryAcknowledgedWriteThroughKills() throws Exception {
    Target pg = Target.Postgres.freshSchema(System.getenv(), dir.resolve("data"));

    assertPassed(run(pg));
  }

  private CrashRun.Report run(Target target) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CrashRun.Settings settings =
        new CrashRun.Settings(
            PackagedJar.on(target, dir),
            3,
            4,
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            9,
            null); // only the application is killed, as in CI
    CrashRun.Report report;
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      report = new CrashRun(settings, out).run();
    }
    // Surefire keeps this in the test's output file: the figures behind a failure.
    System.out.print(printed.toString(StandardCharsets.UTF_8));
    return report;
  }

  private static void assertPassed(CrashRun.Report report) {
    assertThat(report.rounds()).hasSize(3);
    // A check that wrote nothing proves nothing: every round must have had writes acknowledged.
    assertThat(report.rounds()).allSatisfy(r -> assertThat(r.acknowledged()).isPositive());
    assertThat(report.missing()).as("acknowledged writes missing after a kill").isEmpty();
    assertThat(report.reusedIds()).as("identifiers handed out twice").isEmpty();
    assertThat(report.derivedMismatches()).as("search and figures after restart").isEmpty();
    assertThat(report.unexpectedAnswers()).as("answers other than 2xx while running").isEmpty();
  }
}
