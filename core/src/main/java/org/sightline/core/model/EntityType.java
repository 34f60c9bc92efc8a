package org.sightline.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record that are published through review and carry a revision history. The key is
 * the name the revision log, the proposals and the audit export store ({@code transfer}, {@code
 * organization}, {@code response}).
 */
public enum EntityType {
  TRANSFER,
  ORGANIZATION,
  RESPONSE;

  private final String key = name().toLowerCase(Locale.ROOT);

  public String key() {
    return key;
  }

  public static Optional<EntityType> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String k = key.trim();
    return Arrays.stream(values()).filter(t -> t.key.equals(k)).findFirst();
  }
}
