package org.sightline.app.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.search.TransferFinder;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageText;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.StoredTransfer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /network}: who supplies whom. Each row is one supplier → recipient-country link with the
 * number of transfers behind it (filterable by technology and years). Without JavaScript it is a
 * table; with it, {@code network.js} draws the same rows as a graph.
 */
@PageController
record NetworkPageController(TransferFinder finder, Countries countries, PageText text) {
  /**
   * One edge. {@code supplierKey} is the register id (or the name when the supplier is not in the
   * register), {@code supplierHref} its page when it has one.
   */
  record Edge(
      String supplierKey,
      String supplierName,
      String supplierHref,
      String supplierCountry,
      String country,
      String countryName,
      int transfers,
      String href) {}

  @GetMapping("/network")
  String network(@RequestParam Map<String, String> params, Model model) {
    Map<String, String> used = new HashMap<>();
    for (String name : List.of("technology", "year_from", "year_to")) {
      if (params.get(name) != null) {
        used.put(name, params.get(name));
      }
    }
    SearchFilters f = SearchFilters.parse(used, countries);
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, OrganizationRef> suppliers = new HashMap<>();
    Map<String, String> supplierCountries = new HashMap<>();
    List<StoredTransfer> found = finder.find(f);
    for (StoredTransfer st : found) {
      Transfer t = st.transfer();
      for (OrganizationRef o : t.supplierOrgs()) {
        String key = o.id() != null ? o.id() : o.name();
        suppliers.putIfAbsent(key, o);
        if (t.supplierCountry() != null) {
          supplierCountries.putIfAbsent(key, t.supplierCountry());
        }
        counts
            .computeIfAbsent(key, k -> new TreeMap<>())
            .merge(t.recipientCountry(), 1, Integer::sum);
      }
    }
    String technology = f.technology() == null ? null : f.technology().key();
    List<Edge> edges = new ArrayList<>();
    counts.forEach(
        (key, byCountry) ->
            byCountry.forEach(
                (country, n) -> {
                  OrganizationRef o = suppliers.get(key);
                  edges.add(
                      new Edge(
                          key,
                          o.name(),
                          o.id() == null ? null : "/organizations/" + o.id(),
                          supplierCountries.get(key),
                          country,
                          text.countryName(country),
                          n,
                          SearchFilters.link(
                              "supplier", key,
                              "country", country,
                              "technology", technology,
                              "year_from", f.yearFrom(),
                              "year_to", f.yearTo())));
                }));
    edges.sort(
        Comparator.comparing((Edge e) -> e.supplierName().toLowerCase())
            .thenComparing(Comparator.comparingInt(Edge::transfers).reversed())
            .thenComparing(Edge::countryName));
    Map<String, Integer> perSupplier = new LinkedHashMap<>();
    edges.forEach(e -> perSupplier.merge(e.supplierKey(), e.transfers(), Integer::sum));

    model.addAttribute("title", "Supplier network");
    model.addAttribute("filters", f);
    model.addAttribute("edges", edges);
    model.addAttribute("transferCount", found.size());
    model.addAttribute("filteredLink", f.url());
    model.addAttribute("supplierCount", perSupplier.size());
    model.addAttribute("countryCount", edges.stream().map(Edge::country).distinct().count());
    model.addAttribute("technologies", TechnologyCategory.values());
    return "network";
  }
}
