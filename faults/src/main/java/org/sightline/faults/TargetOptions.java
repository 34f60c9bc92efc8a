package org.sightline.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/**
 * {@code --jar}, {@code --db h2|pg}, {@code --pg-url} and {@code --work}: what a check runs against
 * and where its files go.
 */
public final class TargetOptions {
  @Option(
      names = "--jar",
      defaultValue = "app/target/sightline.jar",
      description = "the application jar (default: ${DEFAULT-VALUE})")
  private Path jar;

  @Option(names = "--db", defaultValue = "h2", description = "h2 (embedded, the default) or pg")
  private String db;

  @Option(
      names = "--pg-url",
      description =
          "PostgreSQL JDBC URL for --db pg (default: TEST_PG_URL); a fresh schema is made")
  private String pgUrl;

  @Option(
      names = "--work",
      description = "folder for the data and the server log (default: a new temporary one)")
  private Path work;

  /** The run's setup; without {@code --work}, its files go to a new temporary folder. */
  public Setup setup(String check) throws IOException, SQLException {
    Path dir = work != null ? work : Files.createTempDirectory("sightline-" + check + "-");
    return new Setup(jar.toAbsolutePath(), target(dir), dir);
  }

  /** The database for a run whose files go to {@code dir}. */
  private Target target(Path dir) throws SQLException {
    return switch (db) {
      case "h2" -> new Target.Embedded(dir.resolve("data"));
      case "pg" -> {
        String url = pgUrl != null ? pgUrl : System.getenv("TEST_PG_URL");
        if (url == null || url.isBlank()) {
          throw new IllegalArgumentException("--db pg needs --pg-url or TEST_PG_URL");
        }
        yield Target.Postgres.freshSchema(
            url,
            envOr("TEST_PG_USER", "SIGHTLINE_DB_USER"),
            envOr("TEST_PG_PASSWORD", "SIGHTLINE_DB_PASSWORD"),
            dir.resolve("data"));
      }
      default -> throw new IllegalArgumentException("--db is h2 or pg, not " + db);
    };
  }

  private static String envOr(String first, String second) {
    String v = System.getenv(first);
    return v != null ? v : System.getenv(second);
  }
}
