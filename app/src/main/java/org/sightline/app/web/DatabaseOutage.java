package org.sightline.app.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures that mean the register's database cannot be reached just now (stopped, restarting, its
 * network gone, no connection to be had from the pool in time): the request is answered 503 with
 * {@code Retry-After}, not 500, and the pool reconnects by itself once the database is back.
 */
public final class DatabaseOutage {
  private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

  /** What a reader is told, as a page or in the API's error body. */
  public static final String MESSAGE =
      "The register's database cannot be reached at the moment; please try again in a few"
          + " seconds.";

  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final long LOG_EVERY_NANOS = 10_000_000_000L;
  private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  private DatabaseOutage() {}

  /** Whether {@code e}, or anything that caused it, says the database is unreachable. */
  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Notes the outage in the log, at most once every ten seconds: under load every request fails
   * alike, and a line per request would bury everything else.
   */
  public static void note(Throwable e) {
    long now = System.nanoTime();
    long last = lastLogged.get();
    if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      log.warn("the database is unreachable; answering 503 until it is back: {}", root.toString());
    }
  }

  // SQLSTATE class 08: connection exception; 57P01-57P03: PostgreSQL shutting down or starting.
  private static boolean isConnectionState(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
