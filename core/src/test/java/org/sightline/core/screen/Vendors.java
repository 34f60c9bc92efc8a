package org.sightline.core.screen;

import java.util.List;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;

/** Invented vendors for small registers in the screening tests. */
final class Vendors {
  private Vendors() {}

  /** A vendor of {@code country} registered under {@code name} and {@code aliases}. */
  static Organization vendor(String id, String name, String country, String... aliases) {
    return new Organization(
        id, name, List.of(aliases), country, OrganizationKind.VENDOR, null, null, null, null);
  }
}
