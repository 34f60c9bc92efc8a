package org.sightline.store.registry;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * id → {content_hash, revision_no} of the stored transfers among a chunk's ids, for one
 * transaction. When the table was empty when this transaction first looked, the only transfers that
 * can exist are the ones it created itself, so a chunk of ids none of which it wrote needs no
 * query: that spares a million-row import into an empty register a thousand lookups.
 */
final class StoredTransferHashes {
  /** Whether the transfer table was empty when this transaction first looked; null = not yet. */
  private Boolean tableWasEmpty;

  /** The transfers this transaction created, when it started on an empty table. */
  private IdSet createdIds;

  Map<String, String[]> among(WriteTransaction tx, List<String> ids) throws SQLException {
    if (createdIds == null && tableWasEmpty == null) {
      tableWasEmpty =
          Rows.ids(tx.connection(), "SELECT id FROM transfer LIMIT 1", List.of()).isEmpty();
      if (tableWasEmpty) {
        createdIds = new IdSet();
      }
    }
    if (createdIds != null && ids.stream().noneMatch(createdIds::mightContain)) {
      return Map.of();
    }
    return Rows.hashesAndRevisions(tx.connection(), "transfer", ids);
  }

  /** This transaction created the transfer {@code id}. */
  void created(String id) {
    if (createdIds != null) {
      createdIds.add(id);
    }
  }
}
