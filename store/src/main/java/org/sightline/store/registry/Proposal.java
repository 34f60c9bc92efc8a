package org.sightline.store.registry;

import java.time.Instant;

/**
 * A change proposed to a published record: the whole proposed record as a snapshot, who proposed
 * it, why and when, the revision it was made against, and the reviewer's decision once taken.
 */
public record Proposal(
    long id,
    String entityType,
    String entityId,
    int baseRevision,
    String snapshot,
    String author,
    String reason,
    Instant createdAt,
    Status status,
    String decidedBy,
    Instant decidedAt,
    String decisionReason) {

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status fromKey(String key) {
      return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
