package org.sightline.store.registry;

import java.sql.SQLException;
import java.util.List;

/** What a write did: records created, updated (changed content), and left alone (identical). */
public record WriteCounts(long created, long updated, long unchanged) {
  public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

  public WriteCounts plus(WriteCounts o) {
    return new WriteCounts(created + o.created, updated + o.updated, unchanged + o.unchanged);
  }

  /** A write of one chunk of records, which may fail in the database. */
  interface ChunkWrite<T> {
    WriteCounts write(List<T> chunk) throws SQLException;
  }

  /** The counts of {@code write} over consecutive chunks of at most {@code size} records. */
  static <T> WriteCounts inChunks(List<T> records, int size, ChunkWrite<T> write)
      throws SQLException {
    WriteCounts counts = NONE;
    for (int from = 0; from < records.size(); from += size) {
      counts =
          counts.plus(write.write(records.subList(from, Math.min(records.size(), from + size))));
    }
    return counts;
  }

  /** Revisions written: one per created or updated record. */
  public long revisions() {
    return created + updated;
  }
}
