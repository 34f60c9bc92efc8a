package org.sightline.store.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * Rows for one PostgreSQL {@code COPY ... FROM STDIN} in its text format: columns separated by tab,
 * rows by newline, {@code \N} for null, and backslash escapes for the characters that would break
 * the framing. COPY runs inside the caller's transaction, so it is as atomic as the INSERTs it
 * replaces; it only skips the per-row statement overhead.
 */
final class CopyRows {
  private final String sql;
  private final StringBuilder text = new StringBuilder(1 << 16);
  private boolean rowStarted;
  private long rows;

  /** {@code table} and its {@code columns} in the order the values will be added. */
  CopyRows(String table, String columns) {
    this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
  }

  CopyRows add(String value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
    return this;
  }

  CopyRows add(Integer value) {
    separate();
    if (value == null) {
      text.append("\\N");
    } else {
      text.append(value.intValue());
    }
    return this;
  }

  CopyRows add(BigDecimal value) {
    return add(value == null ? null : value.toPlainString());
  }

  /** ISO-8601 with 'Z', which {@code timestamp with time zone} reads as UTC. */
  CopyRows add(Instant value) {
    return add(value == null ? null : value.toString());
  }

  void endRow() {
    text.append('\n');
    rowStarted = false;
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Sends the rows (if any) over this connection and starts empty again. */
  void copy(Connection c) throws SQLException {
    if (rows == 0) {
      return;
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    long copied;
    try {
      copied =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(sql, new ByteArrayInputStream(bytes), 1 << 16);
    } catch (IOException e) {
      throw new SQLException("COPY failed: " + e.getMessage(), e);
    }
    if (copied != rows) {
      throw new SQLException("COPY wrote " + copied + " rows, expected " + rows);
    }
    text.setLength(0);
    rows = 0;
  }

  private void separate() {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
  }
}
