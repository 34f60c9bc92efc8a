package org.sightline.core.model;

import java.util.Arrays;
import java.util.Locale;
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

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TransferStatus> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(s -> s.key().equals(key.trim())).findFirst();
  }
}
