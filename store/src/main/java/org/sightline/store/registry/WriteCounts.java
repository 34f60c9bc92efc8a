package org.sightline.store.registry;

/** What a write did: records created, updated (changed content), and left alone (identical). */
public record WriteCounts(long created, long updated, long unchanged) {
  public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

  public WriteCounts plus(WriteCounts o) {
    return new WriteCounts(created + o.created, updated + o.updated, unchanged + o.unchanged);
  }

  /** Revisions written: one per created or updated record. */
  public long revisions() {
    return created + updated;
  }
}
