package org.sightline.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The database a crash run writes to: the embedded default, or a fresh PostgreSQL schema. */
public sealed interface Target {

  /** Arguments for {@code sightline serve}, {@code user add} ... that select this database. */
  List<String> options();

  /** Environment for those commands (credentials stay out of the command line). */
  Map<String, String> environment();

  /** A connection for the checker, opened while the server is down (H2 serves one process). */
  Connection connect() throws SQLException;

  String describe();

  /** The embedded H2 database in {@code dataDir}, exactly as {@code sightline serve} opens it. */
  record Embedded(Path dataDir) implements Target {
    @Override
    public List<String> options() {
      return List.of("--data", dataDir.toString());
    }

    @Override
    public Map<String, String> environment() {
      return Map.of();
    }

    @Override
    public Connection connect() throws SQLException {
      // IFEXISTS: a wrong path must fail, not check an empty new database.
      return DriverManager.getConnection(
          "jdbc:h2:file:" + dataDir.resolve("sightline") + ";MODE=PostgreSQL;IFEXISTS=TRUE",
          "sa",
          "");
    }

    @Override
    public String describe() {
      return "embedded H2 in " + dataDir;
    }
  }

  /** A schema of its own in a PostgreSQL database; derived files go to {@code dataDir}. */
  record Postgres(String url, String user, String password, Path dataDir) implements Target {

    /** Creates a new, empty schema and returns the target that uses it. */
    /**
     * A fresh schema in the server that {@code TEST_PG_URL}, {@code TEST_PG_USER} and {@code
     * TEST_PG_PASSWORD} name in the given environment (the process's, or a throwaway cluster's).
     */
    public static Postgres freshSchema(Map<String, String> environment, Path dataDir)
        throws SQLException {
      return freshSchema(
          environment.get("TEST_PG_URL"),
          environment.get("TEST_PG_USER"),
          environment.get("TEST_PG_PASSWORD"),
          dataDir);
    }

    public static Postgres freshSchema(String url, String user, String password, Path dataDir)
        throws SQLException {
      String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return new Postgres(schemaUrl, user, password, dataDir);
    }

    @Override
    public List<String> options() {
      List<String> options = new ArrayList<>(List.of("--data", dataDir.toString()));
      options.addAll(List.of("--db-url", url));
      return options;
    }

    @Override
    public Map<String, String> environment() {
      return Map.of("SIGHTLINE_DB_USER", user, "SIGHTLINE_DB_PASSWORD", password);
    }

    @Override
    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String describe() {
      return "PostgreSQL "
          + url.replaceAll("\\?.*$", "")
          + " ("
          + url.replaceAll(".*currentSchema=", "schema ")
          + ")";
    }
  }
}
