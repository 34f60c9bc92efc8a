package org.sightline.app.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.core.analyse.Figures;
import org.sightline.core.analyse.VendorFootprint;
import org.sightline.core.model.Organization;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * An organization's parent, its subsidiaries and the footprint they roll up to, computed once for
 * the API and the organization page so both show the same figures.
 */
@Component
class OrganizationFamilies {
  /** A link to an organization; {@code id} is null when the name is not in the register. */
  public record Link(String id, String name) {}

  /** The family of one organization and the published snapshot its footprint was taken from. */
  public record Family(
      Link parent,
      List<Link> subsidiaries,
      VendorFootprint footprint,
      PublishedFigures.Snapshot snapshot) {}

  private final Register register;
  private final PublishedFigures published;
  private final Figures figures;

  public OrganizationFamilies(Register register, PublishedFigures published, Figures figures) {
    this.register = register;
    this.published = published;
    this.figures = figures;
  }

  public Family of(Organization o) {
    Link parent = null;
    if (o.parent() != null && !o.parent().isBlank()) {
      parent =
          register
              .findOrganizationByName(o.parent(), Visibility.PUBLIC)
              // An alias shared with the parent must not make an organization its own parent.
              .filter(p -> !p.organization().id().equals(o.id()))
              .map(p -> new Link(p.organization().id(), p.organization().name()))
              .orElse(new Link(null, o.parent()));
    }
    List<Link> subsidiaries =
        register.subsidiariesOf(o.id(), Visibility.PUBLIC).stream()
            .map(StoredOrganization::organization)
            .map(s -> new Link(s.id(), s.name()))
            .sorted(Comparator.comparing(Link::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    List<String> rolledUp = new ArrayList<>();
    rolledUp.add(o.id());
    subsidiaries.forEach(s -> rolledUp.add(s.id()));
    PublishedFigures.Snapshot snapshot = published.current();
    return new Family(
        parent, subsidiaries, figures.vendorFootprint(rolledUp, snapshot.transfers()), snapshot);
  }
}
