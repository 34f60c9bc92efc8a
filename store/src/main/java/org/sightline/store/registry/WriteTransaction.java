package org.sightline.store.registry;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sightline.store.db.DatabaseException;

/**
 * One write transaction's connection, its prepared statements and its digest, plus at most one
 * write in flight on a helper thread (a PostgreSQL COPY) while the caller prepares the next. Only
 * one thread ever talks to the connection: every use outside that helper waits for it first, and a
 * failed background write is reported at the next step. Not thread-safe.
 */
final class WriteTransaction implements AutoCloseable {
  private final Connection c;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final MessageDigest sha256 = Rows.newSha256();
  private ExecutorService helper;
  private Future<?> pending;
  private boolean done;

  /** Work on the connection that may fail with an {@link SQLException}. */
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Work run on the helper thread with the connection. */
  interface ConnectionWork {
    void run(Connection c) throws SQLException;
  }

  /** Takes over {@code c}, whose auto-commit the caller has turned off. */
  WriteTransaction(Connection c) {
    this.c = c;
  }

  /** The connection, once the background write in flight (if any) has finished. */
  Connection connection() throws SQLException {
    awaitBackground();
    return c;
  }

  /** The prepared statement for this SQL, prepared once per transaction. */
  PreparedStatement statement(String sql) throws SQLException {
    awaitBackground();
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = c.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** Runs the pending batch of the prepared statement whose SQL starts with this prefix. */
  void executeBatch(String prefix) throws SQLException {
    awaitBackground();
    for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        e.getValue().executeBatch();
      }
    }
  }

  /** The content hash of a snapshot: its hex SHA-256, with this transaction's digest. */
  String contentHash(String snapshot) {
    return Rows.sha256(sha256, snapshot);
  }

  /** Starts {@code work} on the helper thread, after the one before it has finished. */
  void inBackground(ConnectionWork work) throws SQLException {
    awaitBackground();
    if (helper == null) {
      helper =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread thread = new Thread(r, "sightline-copy");
                thread.setDaemon(true);
                return thread;
              });
    }
    pending =
        helper.submit(
            () -> {
              work.run(c);
              return null;
            });
  }

  private void awaitBackground() throws SQLException {
    Future<?> inFlight = pending;
    if (inFlight == null) {
      return;
    }
    pending = null;
    try {
      inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while writing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException failed) {
        throw failed;
      }
      throw new SQLException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  /** Runs {@code work}, reporting a database failure as a {@link DatabaseException}. */
  <T> T sql(SqlWork<T> work) {
    if (done) {
      throw new IllegalStateException("this batch is already committed");
    }
    try {
      return work.run();
    } catch (SQLException e) {
      throw new DatabaseException("writing to the register failed: " + e.getMessage(), e);
    }
  }

  void commit() {
    sql(
        () -> {
          connection().commit();
          return null;
        });
    done = true;
  }

  /** Rolls back unless committed, and gives the connection back. */
  @Override
  public void close() {
    try {
      awaitBackground();
    } catch (SQLException e) {
      // Failed writes are undone by the rollback below.
    }
    if (helper != null) {
      helper.shutdownNow();
    }
    try {
      if (!done) {
        c.rollback();
      }
    } catch (SQLException e) {
      // The connection is going away; an uncommitted transaction dies with it.
    } finally {
      for (PreparedStatement ps : statements.values()) {
        try {
          ps.close();
        } catch (SQLException ignored) {
          // closing anyway
        }
      }
      try {
        c.setAutoCommit(true);
        c.close();
      } catch (SQLException ignored) {
        // the pool discards broken connections
      }
    }
  }
}
