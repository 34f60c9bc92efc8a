package org.sightline.app.extraction;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ExtractApiTest} with documents, labels and drafts on PostgreSQL, in a schema of its own.
 */
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
class PostgresExtractApiTest extends ExtractApiTest {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    String url = System.getenv("TEST_PG_URL");
    String user = System.getenv("TEST_PG_USER");
    String password = System.getenv("TEST_PG_PASSWORD");
    String schema = "extract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    registry.add(
        "sightline.db.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    registry.add("sightline.db.user", () -> user);
    registry.add("sightline.db.password", () -> password);
  }
}
