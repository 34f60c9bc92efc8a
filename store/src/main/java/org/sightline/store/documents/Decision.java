package org.sightline.store.documents;

import java.util.Optional;
import org.sightline.core.model.EnumKeys;
import org.sightline.core.model.Keyed;

/** What a reviewer did with a candidate. */
public enum Decision implements Keyed {
  /** Taken as proposed: a draft transfer was created from it. */
  ACCEPTED,
  /** Corrected, then a draft transfer was created from the correction. */
  EDITED,
  /** Not a transfer (or not this one). */
  REJECTED;

  public static Optional<Decision> fromKey(String key) {
    return EnumKeys.find(Decision.class, key);
  }
}
