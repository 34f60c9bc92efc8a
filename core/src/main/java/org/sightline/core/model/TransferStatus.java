package org.sightline.core.model;

import java.util.Optional;

/** How far a transfer is known to have gone; {@link #key()} is the stable external name. */
public enum TransferStatus implements Keyed {
  REPORTED,
  PLANNED,
  AGREED,
  DELIVERED,
  OPERATIONAL,
  SUSPENDED,
  CANCELLED,
  DENIED;

  public static Optional<TransferStatus> fromKey(String key) {
    return EnumKeys.find(TransferStatus.class, key);
  }
}
