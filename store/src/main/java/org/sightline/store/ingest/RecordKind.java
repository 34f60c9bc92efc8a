package org.sightline.store.ingest;

import java.util.Optional;
import org.sightline.core.model.EnumKeys;
import org.sightline.core.model.Keyed;

/** What an import file holds. */
public enum RecordKind implements Keyed {
  TRANSFERS,
  ORGANIZATIONS;

  public static Optional<RecordKind> fromKey(String key) {
    return EnumKeys.find(RecordKind.class, key);
  }
}
