package org.sightline.store.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an import file holds. */
public enum RecordKind {
  TRANSFERS,
  ORGANIZATIONS;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RecordKind> fromKey(String key) {
    return key == null
        ? Optional.empty()
        : Arrays.stream(values()).filter(k -> k.key().equals(key.trim())).findFirst();
  }
}
