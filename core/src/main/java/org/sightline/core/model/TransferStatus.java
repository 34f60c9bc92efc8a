package org.sightline.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How far a transfer is known to have gone; {@link #key()} is the stable external name. */
public enum TransferStatus {
  REPORTED,
  PLANNED,
  AGREED,
  DELIVERED,
  OPERATIONAL,
  SUSPENDED,
  CANCELLED,
  DENIED;

  // Keys are read and written for every imported row: computed once, looked up by map.
  private static final Map<String, TransferStatus> BY_KEY = new HashMap<>();

  static {
    for (TransferStatus value : values()) {
      BY_KEY.put(value.key, value);
    }
  }

  private final String key = name().toLowerCase(Locale.ROOT);

  public String key() {
    return key;
  }

  public static Optional<TransferStatus> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(key.trim()));
  }
}
