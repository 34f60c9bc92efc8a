package org.sightline.core.model;

import java.util.List;

/**
 * The central record: who supplied which government with what surveillance capability, when, for
 * how much and financed by whom, with the sources it rests on.
 *
 * <p>Country codes are ISO 3166-1 alpha-2, upper case. Absent facts are {@code null} (never zero),
 * lists are never null.
 */
public record Transfer(
    String id,
    List<OrganizationRef> supplierOrgs,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<TechnologyCategory> technologies,
    TransferStatus status,
    Integer yearStart,
    Integer yearEnd,
    Money value,
    Financing financing,
    String summary,
    List<Source> sources,
    PublicationState state) {

  public Transfer {
    supplierOrgs = supplierOrgs == null ? List.of() : List.copyOf(supplierOrgs);
    technologies = technologies == null ? List.of() : List.copyOf(technologies);
    sources = sources == null ? List.of() : List.copyOf(sources);
    state = state == null ? PublicationState.PUBLISHED : state;
  }

  public boolean isPublished() {
    return state == PublicationState.PUBLISHED;
  }

  public Transfer withState(PublicationState newState) {
    return copy(supplierOrgs, sources, newState);
  }

  public Transfer withSupplierOrgs(List<OrganizationRef> orgs) {
    return copy(orgs, sources, state);
  }

  public Transfer withSources(List<Source> newSources) {
    return copy(supplierOrgs, newSources, state);
  }

  private Transfer copy(List<OrganizationRef> orgs, List<Source> srcs, PublicationState st) {
    return new Transfer(
        id,
        orgs,
        supplierCountry,
        recipientCountry,
        endUser,
        technologies,
        status,
        yearStart,
        yearEnd,
        value,
        financing,
        summary,
        srcs,
        st);
  }
}
