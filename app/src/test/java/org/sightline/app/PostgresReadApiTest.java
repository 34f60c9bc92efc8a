package org.sightline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The read API on PostgreSQL (TEST_PG_URL), in a schema of its own. */
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
class PostgresReadApiTest extends ReadApiContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    String url = System.getenv("TEST_PG_URL");
    String user = System.getenv("TEST_PG_USER");
    String password = System.getenv("TEST_PG_PASSWORD");
    String schema = "api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    Path data = Files.createTempDirectory("sightline-api-pg");
    registry.add("sightline.data", data::toString);
    registry.add(
        "sightline.db.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    registry.add("sightline.db.user", () -> user);
    registry.add("sightline.db.password", () -> password);
  }
}
