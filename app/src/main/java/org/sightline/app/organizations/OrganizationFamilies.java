package org.sightline.app.organizations;

import java.util.Comparator;
import java.util.List;
import org.sightline.app.figures.OrganizationIndex;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.core.analyse.Figures;
import org.sightline.core.analyse.LenderTotal;
import org.sightline.core.analyse.VendorFootprint;
import org.sightline.core.model.Organization;
import org.springframework.stereotype.Component;

/**
 * An organization's parent, its subsidiaries, the footprint they roll up to (subsidiaries of
 * subsidiaries too), the transfers it financed and those it received as end user, computed once for
 * the API and the organization page so both show the same figures.
 */
@Component
class OrganizationFamilies {
  /** A link to an organization; {@code id} is null when the name is not in the register. */
  public record Link(String id, String name) {}

  /**
   * The family of one organization and the published snapshot its figures were taken from. {@code
   * viaSubsidiaries} are the footprint's transfers that name a subsidiary but not the organization
   * itself; {@code financing} is null when it financed nothing.
   */
  public record Family(
      Link parent,
      List<Link> subsidiaries,
      VendorFootprint footprint,
      List<String> viaSubsidiaries,
      LenderTotal financing,
      List<String> asEndUser,
      PublishedFigures.Snapshot snapshot) {}

  private final OrganizationIndex index;
  private final Figures figures;

  public OrganizationFamilies(OrganizationIndex index, Figures figures) {
    this.index = index;
    this.figures = figures;
  }

  public Family of(Organization o) {
    OrganizationIndex.Snapshot orgs = index.current();
    Link parent = null;
    if (o.parent() != null && !o.parent().isBlank()) {
      parent =
          orgs.resolve(o.parent(), null)
              // An alias shared with the parent must not make an organization its own parent.
              .filter(p -> !p.id().equals(o.id()))
              .map(p -> new Link(p.id(), p.name()))
              .orElse(new Link(null, o.parent()));
    }
    List<Link> subsidiaries =
        orgs.subsidiaries(o.id()).stream()
            .map(s -> new Link(s.id(), s.name()))
            .sorted(Comparator.comparing(Link::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    PublishedFigures.Snapshot snapshot = orgs.figures();
    OrganizationIndex.Roles roles = orgs.roles(o.id());
    LenderTotal financing =
        roles.financed().isEmpty()
            ? null
            : Figures.lenderTotal(o.name(), snapshot.transfers(roles.financed()));
    return new Family(
        parent,
        subsidiaries,
        figures.vendorFootprint(orgs.family(o.id()), snapshot.transfers()),
        roles.suppliedBySubsidiaries(),
        financing,
        roles.asEndUser(),
        snapshot);
  }
}
