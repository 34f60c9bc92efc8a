package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.json.Json;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.store.db.Jdbc;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;

/**
 * The published register as it stood at an instant, rebuilt from the revision log: each record's
 * latest revision before that instant (its snapshot is the whole record with its state), kept when
 * that revision left it published. Records published later, retracted or sent back by then, are
 * out; an edit made later does not show.
 */
final class RegisterAsOf {
  private RegisterAsOf() {}

  private static final String LATEST_BEFORE =
      "SELECT r.entity_id, r.revision_no, r.created_at, r.snapshot FROM revision r JOIN (SELECT"
          + " entity_id, MAX(revision_no) AS last_no FROM revision WHERE entity_type = ? AND"
          + " created_at < ? GROUP BY entity_id) m ON r.entity_id = m.entity_id AND r.revision_no"
          + " = m.last_no WHERE r.entity_type = ? ORDER BY r.entity_id";

  static List<StoredTransfer> transfers(Connection c, Instant before) throws SQLException {
    return latestBefore(
        c,
        RegisterWriter.TRANSFER,
        before,
        (snapshot, revision, at) -> {
          Transfer t = TransferJson.parse(Json.readRecord(snapshot)).transfer();
          return t != null && t.isPublished() ? new StoredTransfer(t, revision, at) : null;
        });
  }

  static List<StoredOrganization> organizations(Connection c, Instant before) throws SQLException {
    return latestBefore(
        c,
        RegisterWriter.ORGANIZATION,
        before,
        (snapshot, revision, at) -> {
          Organization o = OrganizationJson.parse(Json.readRecord(snapshot)).organization();
          return o != null && o.state() == PublicationState.PUBLISHED
              ? new StoredOrganization(o, revision, at)
              : null;
        });
  }

  /** When the first revision was written; empty when none was. */
  static Optional<Instant> firstRevision(Connection c) throws SQLException {
    // Every revision counts: a response's revision cannot precede its transfer's first one.
    try (PreparedStatement ps =
            c.prepareStatement("SELECT MIN(created_at) AS first_at FROM revision");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return Optional.ofNullable(Rows.instant(rs, "first_at"));
    }
  }

  /** A record read from its latest revision; null when that revision left it unpublished. */
  private interface Reading<T> {
    T read(String snapshot, int revision, Instant at);
  }

  private static <T> List<T> latestBefore(
      Connection c, String type, Instant before, Reading<T> reading) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(LATEST_BEFORE)) {
      Jdbc.bind(ps, 1, List.of(type, before, type));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          T record = reading.read(rs.getString(4), rs.getInt(2), Rows.instant(rs, "created_at"));
          if (record != null) {
            out.add(record);
          }
        }
      }
    }
    return out;
  }
}
