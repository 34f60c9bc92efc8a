package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.sightline.core.model.PublicationState;
import org.sightline.store.db.Jdbc;

/**
 * Writes a transaction's revisions: one row per created, updated or state-changed record, with the
 * record's snapshot after the change, the author and the reason. Rows are batched and sent by
 * {@link #flush()}, or go into a PostgreSQL COPY with {@link #copyRow}.
 */
final class RevisionLog {
  private static final String COLUMNS =
      "entity_type, entity_id, revision_no, action, author, reason, created_at, snapshot";
  private static final String INSERT =
      "INSERT INTO revision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /** One revision of a record, apart from its author. */
  record Entry(
      String type,
      String id,
      int revisionNo,
      String action,
      String reason,
      Instant at,
      String snapshot) {}

  private final WriteTransaction tx;
  private final String author;

  RevisionLog(WriteTransaction tx, String author) {
    this.tx = tx;
    this.author = author;
  }

  /** Adds a revision to the batch that {@link #flush()} sends. */
  void add(Entry e) throws SQLException {
    PreparedStatement ps = tx.statement(INSERT);
    bind(ps, author, e);
    ps.addBatch();
  }

  void flush() throws SQLException {
    tx.executeBatch("INSERT INTO revision");
  }

  /** Writes one revision at once, for a writer that works outside a batch. */
  static void insert(Connection c, String author, Entry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      bind(ps, author, e);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, String author, Entry e) throws SQLException {
    ps.setString(1, e.type());
    ps.setString(2, e.id());
    ps.setInt(3, e.revisionNo());
    ps.setString(4, e.action());
    ps.setString(5, author);
    ps.setString(6, e.reason());
    Jdbc.set(ps, 7, e.at());
    ps.setString(8, e.snapshot());
  }

  /** Rows for a COPY into the revision table, filled by {@link #copyRow}. */
  static CopyRows copyRows() {
    return new CopyRows("revision", COLUMNS);
  }

  /** The same revision {@link #add} would write, as a COPY row. */
  void copyRow(CopyRows rows, Entry e) {
    rows.add(e.type())
        .add(e.id())
        .add(e.revisionNo())
        .add(e.action())
        .add(author)
        .add(e.reason())
        .add(e.at())
        .add(e.snapshot())
        .endRow();
  }

  /** The action a state change is recorded as. */
  static String stateAction(PublicationState state) {
    return switch (state) {
      case RETRACTED -> "retract";
      case PUBLISHED -> "publish";
      default -> "state";
    };
  }
}
