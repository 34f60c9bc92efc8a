package org.sightline.core.model;

import java.util.List;

/**
 * A vendor, integrator, lender, investor or government agency. {@code parent} is the name of the
 * parent or owner as a source gives it; subsidiaries roll up to it when it is in the register.
 */
public record Organization(
    String id,
    String name,
    List<String> aliases,
    String country,
    OrganizationKind kind,
    String parent,
    String note,
    String sourceUrl,
    PublicationState state) {

  public Organization {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    state = state == null ? PublicationState.PUBLISHED : state;
  }

  public Organization withState(PublicationState newState) {
    return new Organization(id, name, aliases, country, kind, parent, note, sourceUrl, newState);
  }
}
