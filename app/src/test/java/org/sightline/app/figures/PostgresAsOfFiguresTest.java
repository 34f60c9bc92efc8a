package org.sightline.app.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.sightline.store.db.DatabaseConfig;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AsOfFiguresContract} on PostgreSQL (TEST_PG_URL), in a schema of its own. */
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
class PostgresAsOfFiguresTest extends AsOfFiguresContract {
  @DynamicPropertySource
  static void history(DynamicPropertyRegistry registry) throws Exception {
    String url = System.getenv("TEST_PG_URL");
    String user = System.getenv("TEST_PG_USER");
    String password = System.getenv("TEST_PG_PASSWORD");
    String schema = "asof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Path data = Files.createTempDirectory("sightline-asof-pg");
    writeHistory(DatabaseConfig.resolve(schemaUrl, user, password, data, Map.of()));
    registry.add("sightline.data", data::toString);
    registry.add("sightline.starter-data", () -> "false");
    registry.add("sightline.db.url", () -> schemaUrl);
    registry.add("sightline.db.user", () -> user);
    registry.add("sightline.db.password", () -> password);
  }
}
