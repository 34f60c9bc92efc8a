package org.sightline.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The role an organization plays in the trade. */
public enum OrganizationKind {
  VENDOR,
  INTEGRATOR,
  LENDER,
  INVESTOR,
  AGENCY;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OrganizationKind> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(k -> k.key().equals(key.trim())).findFirst();
  }
}
