package org.sightline.store.documents;

import java.util.Locale;
import java.util.Optional;

/** What a reviewer did with a candidate. */
public enum Decision {
  /** Taken as proposed: a draft transfer was created from it. */
  ACCEPTED,
  /** Corrected, then a draft transfer was created from the correction. */
  EDITED,
  /** Not a transfer (or not this one). */
  REJECTED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Decision> fromKey(String key) {
    for (Decision d : values()) {
      if (d.key().equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
