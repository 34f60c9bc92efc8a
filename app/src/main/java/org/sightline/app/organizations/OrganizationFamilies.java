package org.sightline.app.organizations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sightline.app.figures.OrganizationIndex;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.core.analyse.Figures;
import org.sightline.core.analyse.LenderTotal;
import org.sightline.core.analyse.VendorFootprint;
import org.sightline.core.model.Organization;
import org.sightline.store.registry.StoredOrganization;
import org.springframework.stereotype.Component;

/**
 * An organization's parent, its subsidiaries, the footprint they roll up to (subsidiaries of
 * subsidiaries too), the transfers it financed and those it received as end user, computed once for
 * the API and the organization page so both show the same figures.
 */
@Component
record OrganizationFamilies(OrganizationIndex index, Figures figures) {
  /** A link to an organization; {@code id} is null when the name is not in the register. */
  public record OrgLink(String id, String name) {}

  /**
   * One organization (as stored), its family and the published snapshot its figures were taken
   * from. {@code viaSubsidiaries} are the footprint's transfers that name a subsidiary but not the
   * organization itself; {@code financing} is null when it financed nothing.
   */
  public record Family(
      StoredOrganization stored,
      OrgLink parent,
      List<OrgLink> subsidiaries,
      VendorFootprint footprint,
      List<String> viaSubsidiaries,
      LenderTotal financing,
      List<String> asEndUser,
      PublishedFigures.Snapshot snapshot) {}

  /**
   * The published organization with this id and its family, as of the end of a day (UTC), or now
   * when the day is null; empty when it was not published then.
   */
  public Optional<Family> of(String id, LocalDate asOf) {
    OrganizationIndex.Snapshot orgs = index.asOf(asOf);
    return orgs.stored(id).map(stored -> of(stored, orgs));
  }

  private Family of(StoredOrganization stored, OrganizationIndex.Snapshot orgs) {
    Organization o = stored.organization();
    OrgLink parent = null;
    if (o.parent() != null && !o.parent().isBlank()) {
      parent =
          orgs.resolve(o.parent(), null)
              // An alias shared with the parent must not make an organization its own parent.
              .filter(p -> !p.id().equals(o.id()))
              .map(p -> new OrgLink(p.id(), p.name()))
              .orElse(new OrgLink(null, o.parent()));
    }
    List<OrgLink> subsidiaries =
        orgs.subsidiaries(o.id()).stream()
            .map(s -> new OrgLink(s.id(), s.name()))
            .sorted(Comparator.comparing(OrgLink::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    PublishedFigures.Snapshot snapshot = orgs.figures();
    OrganizationIndex.Roles roles = orgs.roles(o.id());
    LenderTotal financing =
        roles.financed().isEmpty()
            ? null
            : Figures.lenderTotal(o.name(), snapshot.transfers(roles.financed()));
    return new Family(
        stored,
        parent,
        subsidiaries,
        figures.vendorFootprint(orgs.family(o.id()), snapshot.transfers()),
        roles.suppliedBySubsidiaries(),
        financing,
        roles.asEndUser(),
        snapshot);
  }
}
