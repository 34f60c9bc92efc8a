package org.sightline.core.model;

import java.util.Optional;

/** The role an organization plays in the trade. */
public enum OrganizationKind implements Keyed {
  VENDOR,
  INTEGRATOR,
  LENDER,
  INVESTOR,
  AGENCY;

  public static Optional<OrganizationKind> fromKey(String key) {
    return EnumKeys.find(OrganizationKind.class, key);
  }
}
