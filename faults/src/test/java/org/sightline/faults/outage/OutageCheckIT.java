package org.sightline.faults.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.faults.PackagedJar;
import org.sightline.faults.PostgresCluster;
import org.sightline.faults.Target;

/**
 * PostgreSQL stopped for ten seconds under four readers and started again: 503s while it is down,
 * and the same server answers 200 again on its own. The cluster is the test's own (made with
 * scripts/pg-throwaway.sh), never the shared one of TEST_PG_URL, which only says that PostgreSQL's
 * server binaries are here.
 */
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
class OutageCheckIT {
  private static final Path THROWAWAY = Path.of("..", "scripts", "pg-throwaway.sh");
  private static final Pattern EXPORT = Pattern.compile("export (\\w+)='([^']*)'");

  @TempDir Path dir;
  private String clusterDir;

  @Test
  void aStoppedDatabaseGets503sAndTheServerRecoversByItself() throws Exception {
    Map<String, String> cluster = throwaway("start");
    clusterDir = cluster.get("SIGHTLINE_PG_DIR");
    Target pg = Target.Postgres.freshSchema(cluster, dir.resolve("data"));

    OutageRun.Report report =
        new OutageRun(
                new OutageRun.Settings(
                    PackagedJar.on(pg, dir),
                    new PostgresCluster(Path.of(clusterDir)),
                    4,
                    Duration.ofSeconds(10)),
                System.out)
            .run();

    assertThat(report.before()).containsOnlyKeys(200);
    assertThat(report.during()).as("answers while the database was down").containsOnlyKeys(503);
    assertThat(report.healthWhileDown()).isEqualTo(503);
    assertThat(report.after()).as("answers once recovered").containsOnlyKeys(200);
    assertThat(report.healthAfter()).isEqualTo(200);
    assertThat(report.problems()).isEmpty();
  }

  @AfterEach
  void removeCluster() throws Exception {
    if (clusterDir != null) {
      throwaway("stop", clusterDir);
    }
  }

  private static Map<String, String> throwaway(String... args) throws Exception {
    String[] cmd = new String[args.length + 2];
    cmd[0] = "bash";
    cmd[1] = THROWAWAY.toString();
    System.arraycopy(args, 0, cmd, 2, args.length);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("pg-throwaway.sh " + String.join(" ", args)).isZero();
    Map<String, String> exports = new HashMap<>();
    Matcher m = EXPORT.matcher(out);
    while (m.find()) {
      exports.put(m.group(1), m.group(2));
    }
    return exports;
  }
}
