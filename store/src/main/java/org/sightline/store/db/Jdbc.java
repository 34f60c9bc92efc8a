package org.sightline.store.db;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small JDBC steps the stores share, so every engine reads and writes them alike. */
public final class Jdbc {
  private Jdbc() {}

  /** A step over one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs the work on a connection of its own; a failure says what failed, then the driver's words.
   */
  public static <T> T read(Database database, String failure, Work<T> work) {
    try (Connection c = database.connection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failed(failure, e);
    }
  }

  /** Runs the work in one transaction: committed when it returns, rolled back when it fails. */
  public static <T> T inTransaction(Database database, String failure, Work<T> work) {
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failed(failure, e);
    }
  }

  /** One row of a result as a value. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Every row a query returns, mapped, in the query's order; parameters are bound in order. */
  public static <T> List<T> list(Connection c, String sql, RowMapper<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    }
  }

  /** A database failure that says what failed, then the driver's words. */
  public static DatabaseException failed(String what, SQLException e) {
    return new DatabaseException(what + ": " + e.getMessage(), e);
  }

  /** Binds the values to the statement's parameters from {@code first} on ({@link #set}). */
  public static void bind(PreparedStatement ps, int first, List<?> values) throws SQLException {
    int i = first;
    for (Object v : values) {
      set(ps, i++, v);
    }
  }

  /** Binds one value by its Java type; an instant as a UTC timestamp, null as a text null. */
  public static void set(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else if (v instanceof String s) {
      ps.setString(i, s);
    } else if (v instanceof Integer n) {
      ps.setInt(i, n);
    } else if (v instanceof Long n) {
      ps.setLong(i, n);
    } else if (v instanceof BigDecimal d) {
      ps.setBigDecimal(i, d);
    } else if (v instanceof Instant t) {
      ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    } else {
      ps.setObject(i, v);
    }
  }

  /** Inserts one row, its values bound in order ({@link #set}); returns the id it was given. */
  public static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, 1, Arrays.asList(values));
      ps.executeUpdate();
      return generatedId(ps);
    }
  }

  /** The id the database generated for the row an insert just wrote. */
  public static long generatedId(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }

  /** A timestamp column as an instant, or null. */
  public static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Now, to the microsecond that both H2 and PostgreSQL keep. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
