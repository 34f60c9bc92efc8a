package org.sightline.app.pages.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.app.pages.PageNotFound;
import org.sightline.app.pages.PageText;
import org.sightline.app.pages.charts.Timeline;
import org.sightline.app.pages.map.Choropleth;
import org.sightline.app.pages.map.WorldMap;
import org.sightline.app.pages.search.SearchFilters;
import org.sightline.app.web.PublishedFigures;
import org.sightline.core.analyse.Figures;
import org.sightline.core.analyse.Tally;
import org.sightline.core.analyse.VendorFootprint;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /organizations/{id}}: a vendor (or lender, integrator, agency) with its names, parent and
 * subsidiaries, and its footprint (subsidiaries rolled up, as the API does): a map of recipient
 * countries, technologies, a timeline and the transfers.
 */
@Controller
class OrganizationPageController {
  private final Register register;
  private final PublishedFigures published;
  private final Figures figures;
  private final WorldMap worldMap;
  private final PageText text;

  OrganizationPageController(
      Register register,
      PublishedFigures published,
      Figures figures,
      WorldMap worldMap,
      PageText text) {
    this.register = register;
    this.published = published;
    this.figures = figures;
    this.worldMap = worldMap;
    this.text = text;
  }

  /** Another organization; {@code id} is null when it is not in the register. */
  record OrgLink(String id, String name) {}

  @GetMapping("/organizations/{id}")
  String organization(@PathVariable String id, Model model) {
    StoredOrganization stored =
        register
            .findOrganization(id, Visibility.PUBLIC)
            .orElseThrow(
                () ->
                    new PageNotFound(
                        "There is no published organization with the id \u201c" + id + "\u201d."));
    Organization o = stored.organization();

    OrgLink parent = null;
    if (o.parent() != null && !o.parent().isBlank()) {
      parent =
          register
              .findOrganizationByName(o.parent(), Visibility.PUBLIC)
              .filter(p -> !p.organization().id().equals(o.id()))
              .map(p -> new OrgLink(p.organization().id(), p.organization().name()))
              .orElse(new OrgLink(null, o.parent()));
    }
    List<OrgLink> subsidiaries =
        register.subsidiariesOf(o.id(), Visibility.PUBLIC).stream()
            .map(StoredOrganization::organization)
            .map(s -> new OrgLink(s.id(), s.name()))
            .sorted(Comparator.comparing(OrgLink::name, String.CASE_INSENSITIVE_ORDER))
            .toList();

    List<String> rolledUp = new ArrayList<>();
    rolledUp.add(o.id());
    subsidiaries.forEach(s -> rolledUp.add(s.id()));
    PublishedFigures.Snapshot snapshot = published.current();
    VendorFootprint footprint = figures.vendorFootprint(rolledUp, snapshot.transfers());
    List<StoredTransfer> stored2 = snapshot.stored(footprint.transferIds());
    List<Transfer> transfers = stored2.stream().map(StoredTransfer::transfer).toList();

    Map<String, Integer> counts = new TreeMap<>();
    for (Tally c : footprint.countries()) {
      counts.put(c.key(), c.transfers());
    }
    String vendor = o.id();
    model.addAttribute("title", o.name());
    model.addAttribute("org", o);
    model.addAttribute("kind", o.kind() == null ? null : o.kind().key());
    model.addAttribute("updatedAt", stored.updatedAt());
    model.addAttribute("parent", parent);
    model.addAttribute("subsidiaries", subsidiaries);
    model.addAttribute("footprint", footprint);
    model.addAttribute("vendor", vendor);
    model.addAttribute("all", SearchFilters.link("vendor", vendor));
    model.addAttribute(
        "map",
        Choropleth.of(
            worldMap,
            counts,
            text::countryName,
            code -> SearchFilters.link("vendor", vendor, "country", code)));
    model.addAttribute(
        "timeline",
        Timeline.of(
            transfers,
            year -> SearchFilters.link("vendor", vendor, "started", year),
            (year, status) ->
                SearchFilters.link("vendor", vendor, "started", year, "status", status.key())));
    model.addAttribute("transfers", stored2);
    return "organization";
  }
}
