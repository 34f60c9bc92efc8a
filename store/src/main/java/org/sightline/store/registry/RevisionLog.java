package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.sightline.core.model.PublicationState;

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

  private final WriteTransaction tx;
  private final String author;

  RevisionLog(WriteTransaction tx, String author) {
    this.tx = tx;
    this.author = author;
  }

  /** Adds a revision to the batch that {@link #flush()} sends. */
  void add(
      String type,
      String id,
      int revisionNo,
      String action,
      String why,
      Instant at,
      String snapshot)
      throws SQLException {
    PreparedStatement ps = tx.statement(INSERT);
    bind(ps, type, id, revisionNo, action, author, why, at, snapshot);
    ps.addBatch();
  }

  /** Writes one revision at once, for a writer that works outside a batch. */
  static void insert(
      Connection c,
      String type,
      String id,
      int revisionNo,
      String action,
      String author,
      String why,
      Instant at,
      String snapshot)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      bind(ps, type, id, revisionNo, action, author, why, at, snapshot);
      ps.executeUpdate();
    }
  }

  private static void bind(
      PreparedStatement ps,
      String type,
      String id,
      int revisionNo,
      String action,
      String author,
      String why,
      Instant at,
      String snapshot)
      throws SQLException {
    ps.setString(1, type);
    ps.setString(2, id);
    ps.setInt(3, revisionNo);
    ps.setString(4, action);
    ps.setString(5, author);
    ps.setString(6, why);
    Rows.set(ps, 7, at);
    ps.setString(8, snapshot);
  }

  void flush() throws SQLException {
    tx.executeBatch("INSERT INTO revision");
  }

  /** Rows for a COPY into the revision table, filled by {@link #copyRow}. */
  static CopyRows copyRows() {
    return new CopyRows("revision", COLUMNS);
  }

  /** The same revision {@link #add} would write, as a COPY row. */
  void copyRow(
      CopyRows rows,
      String type,
      String id,
      int revisionNo,
      String action,
      String why,
      Instant at,
      String snapshot) {
    rows.add(type)
        .add(id)
        .add(revisionNo)
        .add(action)
        .add(author)
        .add(why)
        .add(at)
        .add(snapshot)
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
