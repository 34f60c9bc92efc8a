package org.sightline.store.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;

/**
 * Saved screening runs (reports): the register revision and version screened against, when, the
 * threshold, and one row per screened name and match. A report's id is 128 random bits, so only
 * those given the id can find it; the author is kept for accountability and never returned with the
 * report.
 */
public final class ScreeningReports {
  /** What a report says about its run. */
  public record Summary(
      String id,
      Instant createdAt,
      long registerRevision,
      String registerVersion,
      double threshold,
      int names,
      int alerts,
      int skipped) {}

  /**
   * One screened name and one match; {@code organizationId} and the fields after it are null for a
   * name that matched nothing. {@code line} is where the name was in the input.
   */
  public record Row(
      long line,
      String input,
      String organizationId,
      String organizationName,
      String matchedOn,
      Double score,
      String country,
      String recipientCountries,
      String parentId,
      String parentName,
      String explanation) {}

  private static final String ROW_COLUMNS =
      "input_line, input, organization_id, organization_name, matched_on, score, country,"
          + " recipient_countries, parent_id, parent_name, explanation";
  private static final int BATCH = 500;

  private final Database database;
  private final SecureRandom random = new SecureRandom();

  public ScreeningReports(Database database) {
    this.database = database;
  }

  /**
   * Saves a run in one transaction and returns its summary with the new id. Fields longer than
   * their columns are cut (names were limited when read; explanations can be long).
   */
  public Summary save(
      String author,
      long registerRevision,
      String registerVersion,
      double threshold,
      int names,
      int skipped,
      Iterable<Row> rows) {
    String id = newId();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO screening_report (id, created_at, author, register_revision,"
                    + " register_version, threshold, names, alerts, skipped)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, id);
          ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
          ps.setString(3, author);
          ps.setLong(4, registerRevision);
          ps.setString(5, registerVersion);
          ps.setBigDecimal(6, BigDecimal.valueOf(threshold).setScale(3, RoundingMode.HALF_UP));
          ps.setInt(7, names);
          ps.setInt(8, 0); // counted below
          ps.setInt(9, skipped);
          ps.executeUpdate();
        }
        int alerts = 0;
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO screening_report_row (report_id, row_no, "
                    + ROW_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          int position = 0;
          for (Row r : rows) {
            ps.setString(1, id);
            ps.setInt(2, position++);
            ps.setLong(3, r.line());
            ps.setString(4, clip(r.input(), 500));
            ps.setString(5, r.organizationId());
            ps.setString(6, clip(r.organizationName(), 500));
            ps.setString(7, clip(r.matchedOn(), 1000));
            if (r.score() == null) {
              ps.setNull(8, Types.NUMERIC);
            } else {
              ps.setBigDecimal(8, BigDecimal.valueOf(r.score()).setScale(3, RoundingMode.HALF_UP));
              alerts++;
            }
            ps.setString(9, r.country());
            ps.setString(10, clip(r.recipientCountries(), 2000));
            ps.setString(11, r.parentId());
            ps.setString(12, clip(r.parentName(), 500));
            ps.setString(13, clip(r.explanation(), 4000));
            ps.addBatch();
            if (position % BATCH == 0) {
              ps.executeBatch();
            }
          }
          ps.executeBatch();
        }
        // The header first (the rows refer to it), its alert count once the rows are written.
        try (PreparedStatement ps =
            c.prepareStatement("UPDATE screening_report SET alerts = ? WHERE id = ?")) {
          ps.setInt(1, alerts);
          ps.setString(2, id);
          ps.executeUpdate();
        }
        c.commit();
        return new Summary(
            id, now, registerRevision, registerVersion, threshold, names, alerts, skipped);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot save the screening report: " + e.getMessage(), e);
    }
  }

  public Optional<Summary> find(String id) {
    if (id == null || id.length() > 32) {
      return Optional.empty();
    }
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, created_at, register_revision, register_version, threshold, names,"
                    + " alerts, skipped"
                    + " FROM screening_report WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Summary(
                rs.getString(1),
                rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getLong(3),
                rs.getString(4),
                rs.getBigDecimal(5).doubleValue(),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8)));
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the screening report: " + e.getMessage(), e);
    }
  }

  /** Streams a report's rows in input order without holding them all. */
  public void forEachRow(String id, Consumer<Row> action) {
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + ROW_COLUMNS
                    + " FROM screening_report_row WHERE report_id = ? ORDER BY row_no")) {
      ps.setFetchSize(BATCH);
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          BigDecimal score = rs.getBigDecimal(6);
          action.accept(
              new Row(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  score == null ? null : score.doubleValue(),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11)));
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the screening report: " + e.getMessage(), e);
    }
  }

  public List<Row> rows(String id) {
    List<Row> out = new ArrayList<>();
    forEachRow(id, out::add);
    return out;
  }

  /** 128 random bits, URL-safe: 22 characters. */
  private String newId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
