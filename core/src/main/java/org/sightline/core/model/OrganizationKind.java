package org.sightline.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The role an organization plays in the trade. */
public enum OrganizationKind {
  VENDOR,
  INTEGRATOR,
  LENDER,
  INVESTOR,
  AGENCY;

  // Keys are read and written for every imported row: computed once, looked up by map.
  private static final Map<String, OrganizationKind> BY_KEY = new HashMap<>();

  static {
    for (OrganizationKind value : values()) {
      BY_KEY.put(value.key, value);
    }
  }

  private final String key = name().toLowerCase(Locale.ROOT);

  public String key() {
    return key;
  }

  public static Optional<OrganizationKind> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(key.trim()));
  }
}
