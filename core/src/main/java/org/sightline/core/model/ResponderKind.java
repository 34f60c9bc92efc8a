package org.sightline.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who gave a response to a transfer record: a company, a government, or someone else named. */
public enum ResponderKind {
  COMPANY,
  GOVERNMENT,
  OTHER;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ResponderKind> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    String k = key.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.key().equals(k)).findFirst();
  }
}
