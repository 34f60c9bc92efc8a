package org.sightline.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A new, empty schema in the PostgreSQL that {@code TEST_PG_URL}, {@code TEST_PG_USER} and {@code
 * TEST_PG_PASSWORD} name, so a test's register starts empty and never meets another test's.
 *
 * @param url the JDBC URL that opens the schema ({@code currentSchema} set)
 */
public record PostgresSchema(String url, String user, String password) {

  /** Creates a schema named with the prefix and a random suffix. */
  public static PostgresSchema create(String prefix) throws SQLException {
    String url = System.getenv("TEST_PG_URL");
    String user = System.getenv("TEST_PG_USER");
    String password = System.getenv("TEST_PG_PASSWORD");
    String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return new PostgresSchema(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
  }

  /** Points the web app's register at this schema. */
  public void configure(DynamicPropertyRegistry registry) {
    registry.add("sightline.db.url", this::url);
    registry.add("sightline.db.user", this::user);
    registry.add("sightline.db.password", this::password);
  }
}
