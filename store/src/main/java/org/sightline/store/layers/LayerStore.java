package org.sightline.store.layers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.core.json.Json;
import org.sightline.core.layers.IndicatorValue;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.LayerCitation;
import org.sightline.core.layers.LayerRow;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.store.db.Database;
import org.sightline.store.db.Jdbc;
import org.sightline.store.documents.Documents;

/**
 * Layers and indicators in the database. Each import is one transaction: a layer replaces its
 * previous version whole (with the indicators taken from its columns), indicator values are
 * inserted or updated by (indicator, country, year). Content that is already stored writes nothing.
 */
public final class LayerStore {
  private final Database database;

  public LayerStore(Database database) {
    this.database = database;
  }

  /** Stores the layer, replacing an older version of it; unchanged content writes nothing. */
  public WriteOutcome save(Layer layer, String author) {
    String hash = contentHash(layer);
    return inTransaction(
        "cannot store layer " + layer.id(),
        c -> {
          Optional<String> stored = storedHash(c, layer.id());
          if (stored.isPresent() && stored.get().equals(hash)) {
            return new WriteOutcome(0, 0, 1);
          }
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM layer WHERE id = ?")) {
            ps.setString(1, layer.id());
            ps.executeUpdate();
          }
          insert(c, layer, hash, author);
          return stored.isPresent() ? new WriteOutcome(0, 1, 0) : new WriteOutcome(1, 0, 0);
        });
  }

  private <T> T inTransaction(String failure, Jdbc.Work<T> work) {
    return Jdbc.inTransaction(database, failure, work);
  }

  private static void insert(Connection c, Layer layer, String hash, String author)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO layer (id, kind, citation, covers, row_count, content_hash, imported_at,"
                + " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, layer.id());
      ps.setString(2, layer.kind());
      ps.setString(3, Json.MAPPER.writeValueAsString(layer.citation()));
      ps.setString(4, keys(layer.covers()));
      ps.setInt(5, layer.rows().size());
      ps.setString(6, hash);
      ps.setObject(
          7,
          OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
      ps.setString(8, author);
      ps.executeUpdate();
    }
    insertAll(
        c,
        "INSERT INTO layer_row (layer_id, country, line, technologies, body) VALUES (?, ?, ?, ?, ?)",
        layer.rows(),
        (ps, row) -> {
          ps.setString(1, layer.id());
          ps.setString(2, row.country());
          ps.setInt(3, row.line());
          ps.setString(4, keys(row.technologies()));
          ps.setString(5, Json.MAPPER.writeValueAsString(row));
        });
    insertAll(
        c,
        "INSERT INTO indicator_value (indicator, country, year_no, category, layer_id)"
            + " VALUES (?, ?, ?, ?, ?)",
        layer.indicators(),
        (ps, v) -> {
          ps.setString(1, v.indicator());
          ps.setString(2, v.country());
          ps.setInt(3, v.year());
          ps.setString(4, v.value());
          ps.setString(5, layer.id());
        });
  }

  /** Sets one item's values on an insert statement. */
  private interface Binder<T> {
    void bind(PreparedStatement ps, T item) throws SQLException;
  }

  /** Inserts the items with one statement, in one batch. */
  private static <T> void insertAll(Connection c, String sql, List<T> items, Binder<T> binder)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (T item : items) {
        binder.bind(ps, item);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * When a layer was last written (every import that changes one writes it anew), or 0 when none is
   * stored: pages that show layers beside the register are stale once this moves.
   */
  public long lastImportMillis() {
    try (Connection c = database.connection();
        PreparedStatement ps = c.prepareStatement("SELECT MAX(imported_at) FROM layer");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      OffsetDateTime last = rs.getObject(1, OffsetDateTime.class);
      return last == null ? 0 : last.toInstant().toEpochMilli();
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read the layers", e);
    }
  }

  /** Every layer with its rows, ordered by id. */
  public List<Layer> layers() {
    try (Connection c = database.connection()) {
      List<String> ids = Jdbc.list(c, "SELECT id FROM layer ORDER BY id", rs -> rs.getString(1));
      List<Layer> layers = new ArrayList<>();
      for (String id : ids) {
        read(c, id).ifPresent(layers::add);
      }
      return layers;
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read the layers", e);
    }
  }

  public Optional<Layer> layer(String id) {
    try (Connection c = database.connection()) {
      return read(c, id);
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read layer " + id, e);
    }
  }

  private static Optional<Layer> read(Connection c, String id) throws SQLException {
    String kind;
    LayerCitation citation;
    List<TechnologyCategory> covers;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT kind, citation, covers FROM layer WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        kind = rs.getString(1);
        citation = Json.MAPPER.readValue(rs.getString(2), LayerCitation.class);
        covers =
            Arrays.stream(rs.getString(3).split(";"))
                .flatMap(k -> TechnologyCategory.fromKey(k).stream())
                .toList();
      }
    }
    List<LayerRow> rows =
        Jdbc.list(
            c,
            "SELECT body FROM layer_row WHERE layer_id = ? ORDER BY country",
            rs -> Json.MAPPER.readValue(rs.getString(1), LayerRow.class),
            id);
    List<IndicatorValue> indicators = values(c, "layer_id = ?", id);
    return Optional.of(new Layer(id, kind, citation, covers, rows, indicators));
  }

  /**
   * Inserts or updates indicator values by (indicator, country, year), all in one transaction.
   * Values that are already stored write nothing.
   */
  public WriteOutcome saveIndicators(List<IndicatorValue> values) {
    return inTransaction(
        "cannot store the indicators",
        c -> {
          Map<String, IndicatorValue> stored = new HashMap<>();
          for (String name : values.stream().map(IndicatorValue::indicator).distinct().toList()) {
            values(c, "indicator = ?", name).forEach(v -> stored.put(key(v), v));
          }
          int created = 0;
          int updated = 0;
          int unchanged = 0;
          try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO indicator_value (indicator, country, year_no, category)"
                          + " VALUES (?, ?, ?, ?)");
              PreparedStatement update =
                  c.prepareStatement(
                      "UPDATE indicator_value SET category = ?"
                          + " WHERE indicator = ? AND country = ? AND year_no = ?")) {
            for (IndicatorValue v : values) {
              IndicatorValue old = stored.get(key(v));
              if (old == null) {
                insert.setString(1, v.indicator());
                insert.setString(2, v.country());
                insert.setInt(3, v.year());
                insert.setString(4, v.value());
                insert.addBatch();
                created++;
              } else if (!old.value().equals(v.value())) {
                update.setString(1, v.value());
                update.setString(2, v.indicator());
                update.setString(3, v.country());
                update.setInt(4, v.year());
                update.addBatch();
                updated++;
              } else {
                unchanged++;
              }
            }
            insert.executeBatch();
            update.executeBatch();
          }
          return new WriteOutcome(created, updated, unchanged);
        });
  }

  /** Every indicator with its coverage, ordered by name. */
  public List<IndicatorSummary> indicators() {
    try (Connection c = database.connection()) {
      return Jdbc.list(
          c,
          "SELECT indicator, COUNT(DISTINCT country), MIN(year_no), MAX(year_no),"
              + " MAX(layer_id) FROM indicator_value GROUP BY indicator ORDER BY indicator",
          rs ->
              new IndicatorSummary(
                  rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
    } catch (SQLException e) {
      throw Jdbc.failed("cannot list the indicators", e);
    }
  }

  /** Every value of one indicator, by country and year. */
  public List<IndicatorValue> indicatorValues(String indicator) {
    try (Connection c = database.connection()) {
      return values(c, "indicator = ?", indicator);
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read indicator " + indicator, e);
    }
  }

  private static List<IndicatorValue> values(Connection c, String where, String parameter)
      throws SQLException {
    return Jdbc.list(
        c,
        "SELECT country, year_no, indicator, category FROM indicator_value WHERE "
            + where
            + " ORDER BY indicator, country, year_no",
        rs -> new IndicatorValue(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
        parameter);
  }

  private static Optional<String> storedHash(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM layer WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** SHA-256 of the layer's JSON: kind, citation, coverage, rows and indicators. */
  static String contentHash(Layer layer) {
    return Documents.sha256(Json.MAPPER.writeValueAsString(layer));
  }

  private static String key(IndicatorValue v) {
    return v.indicator() + "\n" + v.country() + "\n" + v.year();
  }

  private static String keys(List<TechnologyCategory> technologies) {
    StringBuilder s = new StringBuilder(";");
    technologies.forEach(t -> s.append(t.key()).append(';'));
    return s.toString();
  }
}
