package org.sightline.core.model;

import java.util.List;

/**
 * A supplier named on a transfer: the organization id when it is in the register (else null), the
 * name as the record gives it, and any other names the record's sources use for it.
 */
public record OrganizationRef(String id, String name, List<String> aliases) {
  public OrganizationRef {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  public OrganizationRef(String id, String name) {
    this(id, name, List.of());
  }
}
