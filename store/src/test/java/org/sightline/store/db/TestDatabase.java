package org.sightline.store.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty register for one test: an H2 file database in a temporary directory, or a new
 * schema in the PostgreSQL given by {@code TEST_PG_URL} (dropped again on close).
 */
public final class TestDatabase implements AutoCloseable {
  public enum Engine {
    H2,
    POSTGRES
  }

  private final Engine engine;
  private final DatabaseConfig config;
  private final String schema;
  private Database database;

  private TestDatabase(Engine engine, DatabaseConfig config, String schema) {
    this.engine = engine;
    this.config = config;
    this.schema = schema;
  }

  public static TestDatabase create(Engine engine, Path dir) {
    if (engine == Engine.H2) {
      return new TestDatabase(engine, DatabaseConfig.embedded(dir.resolve("data")), null);
    }
    String url = System.getenv("TEST_PG_URL");
    String user = System.getenv("TEST_PG_USER");
    String password = System.getenv("TEST_PG_PASSWORD");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema in " + url, e);
    }
    String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(
        engine, DatabaseConfig.server(withSchema, user, password, dir.resolve("data")), schema);
  }

  public Engine engine() {
    return engine;
  }

  public DatabaseConfig config() {
    return config;
  }

  /** The open database (opened and migrated on first use). */
  public Database database() {
    if (database == null) {
      database = Database.open(config);
    }
    return database;
  }

  /** Closes the pool so another process can use the database (H2 file locking). */
  public void closeDatabase() {
    if (database != null) {
      database.close();
      database = null;
    }
  }

  @Override
  public void close() {
    closeDatabase();
    if (schema != null) {
      try (Connection c =
              DriverManager.getConnection(
                  System.getenv("TEST_PG_URL"),
                  System.getenv("TEST_PG_USER"),
                  System.getenv("TEST_PG_PASSWORD"));
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schema " + schema, e);
      }
    }
  }
}
