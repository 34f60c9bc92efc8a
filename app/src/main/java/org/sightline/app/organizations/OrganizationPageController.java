package org.sightline.app.organizations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sightline.app.figures.AsOfControl;
import org.sightline.app.figures.Choropleth;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.figures.WorldMap;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.PageText;
import org.sightline.core.analyse.LenderTotal;
import org.sightline.core.analyse.Tally;
import org.sightline.core.analyse.VendorFootprint;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.core.schema.OrganizationSchema;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /organizations/{id}}: a vendor (or lender, integrator, agency) with its names, parent and
 * subsidiaries, and its footprint (subsidiaries rolled up, as the API does): a map of recipient
 * countries, technologies, a timeline and the transfers.
 */
@PageController
record OrganizationPageController(
    OrganizationFamilies families, WorldMap worldMap, PageText text, AsOfControl asOfControl) {
  @GetMapping("/organizations/{id}")
  String organization(
      @PathVariable String id,
      @RequestParam(name = PublishedFigures.AS_OF, required = false) String asOf,
      Model model) {
    LocalDate day = asOfControl.read(asOf, model);
    OrganizationFamilies.Family family =
        families
            .of(id, day)
            .orElseThrow(
                () ->
                    new PageNotFound(
                        "There is no published organization with the id \u201c"
                            + id
                            + "\u201d"
                            + (day == null ? "." : " on " + day + ".")));
    StoredOrganization stored = family.stored();
    Organization o = stored.organization();

    PublishedFigures.Snapshot snapshot = family.snapshot();
    VendorFootprint footprint = family.footprint();
    List<StoredTransfer> supplied = snapshot.stored(footprint.transferIds());
    List<Transfer> transfers = supplied.stream().map(StoredTransfer::transfer).toList();

    Map<String, Integer> counts = new TreeMap<>();
    for (Tally c : footprint.countries()) {
      counts.put(c.key(), c.transfers());
    }
    String vendor = o.id();
    model.addAttribute("title", o.name());
    model.addAttribute("org", o);
    model.addAttribute("fields", OrganizationSchema.SCHEMA.labelled());
    model.addAttribute("kind", o.kind() == null ? null : o.kind().key());
    model.addAttribute(
        "kindLabel", o.kind() == null ? null : DirectoryPageController.plural(o.kind()));
    model.addAttribute("updatedAt", stored.updatedAt());
    model.addAttribute("parent", family.parent());
    model.addAttribute("subsidiaries", family.subsidiaries());
    model.addAttribute("footprint", footprint);
    model.addAttribute("viaSubsidiaries", Set.copyOf(family.viaSubsidiaries()));
    model.addAttribute("vendor", vendor);
    model.addAttribute("all", SearchFilters.link("vendor", vendor));
    model.addAttribute(
        "map",
        Choropleth.of(
            worldMap,
            counts,
            text::countryName,
            code -> SearchFilters.link("vendor", vendor, "country", code)));
    model.addAttribute("timeline", SearchFilters.timeline(transfers, "vendor", vendor));
    model.addAttribute("transfers", supplied);

    LenderTotal financing = family.financing();
    model.addAttribute("financing", financing);
    model.addAttribute("financedLink", SearchFilters.link("lender", vendor));
    if (financing != null) {
      List<StoredTransfer> financed = snapshot.stored(financing.transferIds());
      model.addAttribute("financed", financed);
      model.addAttribute("financedByCountry", byRecipient(financed, "lender", vendor));
    }
    List<StoredTransfer> received = snapshot.stored(family.asEndUser());
    model.addAttribute("received", received);
    model.addAttribute("receivedLink", SearchFilters.link("end_user", vendor));
    return "organization";
  }

  /** A recipient country's share of a list, linked to the records behind it. */
  record CountryCount(String code, String name, int transfers, String href) {}

  private List<CountryCount> byRecipient(List<StoredTransfer> list, String role, String id) {
    Map<String, Integer> counts = new TreeMap<>();
    list.forEach(st -> counts.merge(st.transfer().recipientCountry(), 1, Integer::sum));
    List<CountryCount> rows = new ArrayList<>();
    counts.forEach(
        (code, n) ->
            rows.add(
                new CountryCount(
                    code,
                    text.countryName(code),
                    n,
                    SearchFilters.link(role, id, "country", code))));
    rows.sort(Comparator.comparingInt(CountryCount::transfers).reversed());
    return rows;
  }
}
