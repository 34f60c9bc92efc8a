package org.sightline.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a commit promises on a PostgreSQL server, read once before the pool is built. A 2xx answer
 * means the write survives a crash (ADR 0017), so a server whose default is {@code
 * synchronous_commit = off} gets {@code on} for Sightline's own sessions; {@code fsync = off} is a
 * server-wide setting no session can change, so it is reported.
 */
record CommitDurability(String synchronousCommit, boolean fsync) {

  /** The statement each pooled connection runs first, or null when the server default is fine. */
  String connectionInitSql() {
    return "off".equals(synchronousCommit) ? "SET synchronous_commit TO on" : null;
  }

  /** A warning for the log, or null when commits are as durable as the server can make them. */
  String warning() {
    if (!fsync) {
      return "PostgreSQL runs with fsync=off: a crash of the machine (not just of a process) can"
          + " lose writes Sightline has acknowledged. Fine for tests, never for production.";
    }
    if (connectionInitSql() != null) {
      return "PostgreSQL's default synchronous_commit is off; Sightline sets it on for its own"
          + " connections so that an acknowledged write is on disk.";
    }
    return null;
  }

  static CommitDurability read(DatabaseConfig config) {
    try (Connection c =
            DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        Statement s = c.createStatement()) {
      return new CommitDurability(show(s, "synchronous_commit"), !"off".equals(show(s, "fsync")));
    } catch (SQLException e) {
      throw new DatabaseException(
          "cannot open " + config.describe() + ": " + Database.rootMessage(e), e);
    }
  }

  private static String show(Statement s, String setting) throws SQLException {
    try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
