package org.sightline.app.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.app.figures.AsOfControl;
import org.sightline.app.figures.Choropleth;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.figures.WorldMap;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageText;
import org.sightline.core.analyse.CountrySummary;
import org.sightline.core.analyse.GlobalStats;
import org.sightline.core.analyse.Reach;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.StoredTransfer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /}: where surveillance technology has gone and from whom. A world map shaded by the number
 * of published transfers per recipient (re-shaded by technology and supplier country through a
 * plain GET form), the headline figures, a table of the countries, and the latest additions.
 */
@PageController
record HomeController(
    PublishedFigures figures,
    AsOfControl asOfControl,
    WorldMap worldMap,
    Countries countries,
    PageText text) {
  private static final int LATEST = 8;

  /** A recipient country on the map's table: its count under the current filters. */
  record CountryRow(String code, String name, int transfers, String href) {}

  @GetMapping("/")
  String home(@RequestParam Map<String, String> params, Model model) {
    // Only the map's two selectors apply here; the rest of a /search URL means nothing on /.
    Map<String, String> selectors = new TreeMap<>();
    if (params.get("technology") != null) {
      selectors.put("technology", params.get("technology"));
    }
    if (params.get("supplier_country") != null) {
      selectors.put("supplier_country", params.get("supplier_country"));
    }
    SearchFilters f = SearchFilters.parse(selectors, countries);
    PublishedFigures.Snapshot snapshot =
        figures.asOf(
            asOfControl.read(
                params.get(PublishedFigures.AS_OF),
                model,
                "technology",
                selectors.get("technology"),
                "supplier_country",
                selectors.get("supplier_country")));

    Map<String, Integer> counts = new TreeMap<>();
    List<StoredTransfer> matching = f.isEmpty() ? List.of() : selected(snapshot, f);
    if (f.isEmpty()) {
      for (CountrySummary c : snapshot.countrySummaries()) {
        counts.put(c.code(), c.transfers());
      }
    } else {
      for (StoredTransfer t : matching) {
        counts.merge(t.transfer().recipientCountry(), 1, Integer::sum);
      }
    }
    List<CountryRow> rows = new ArrayList<>();
    counts.forEach(
        (code, n) ->
            rows.add(
                new CountryRow(
                    code,
                    text.countryName(code),
                    n,
                    SearchFilters.link(
                        "country",
                        code,
                        "supplier_country",
                        f.supplierCountry(),
                        "technology",
                        f.technology() == null ? null : f.technology().key()))));
    rows.sort(
        Comparator.comparingInt(CountryRow::transfers).reversed().thenComparing(CountryRow::name));

    GlobalStats stats = snapshot.globalStats();
    List<Reach> suppliers = stats.countriesPerVendor();

    List<StoredTransfer> latest =
        snapshot.stored(snapshot.transfers().stream().map(Transfer::id).toList()).stream()
            .sorted(
                Comparator.comparing(
                        StoredTransfer::updatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(t -> t.transfer().id())
                    .reversed())
            .limit(LATEST)
            .toList();

    model.addAttribute("title", "Where surveillance technology goes");
    model.addAttribute("filters", f);
    model.addAttribute(
        "map", Choropleth.of(worldMap, counts, text::countryName, c -> "/countries/" + c));
    model.addAttribute("rows", rows);
    model.addAttribute("filteredTotal", f.isEmpty() ? stats.transfers() : matching.size());
    model.addAttribute("filteredLink", f.isEmpty() ? "/search" : f.url());
    model.addAttribute("stats", stats);
    model.addAttribute("supplierCount", suppliers.size());
    model.addAttribute("topSuppliers", suppliers.stream().limit(8).toList());
    model.addAttribute("latest", latest);
    model.addAttribute("technologies", TechnologyCategory.values());
    model.addAttribute("supplierCountries", stats.countriesPerSupplierCountry());
    return "home";
  }

  /** The snapshot's transfers the map's two selectors (technology, supplier country) keep. */
  private static List<StoredTransfer> selected(
      PublishedFigures.Snapshot snapshot, SearchFilters f) {
    List<String> ids =
        snapshot.transfers().stream()
            .filter(t -> f.technology() == null || t.technologies().contains(f.technology()))
            .filter(
                t -> f.supplierCountry() == null || f.supplierCountry().equals(t.supplierCountry()))
            .map(Transfer::id)
            .toList();
    return snapshot.stored(ids);
  }
}
