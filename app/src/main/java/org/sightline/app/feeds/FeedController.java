package org.sightline.app.feeds;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.app.releases.RegisterVersions;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.search.TransferFinder;
import org.sightline.app.web.NotFoundException;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Atom feeds: the same records as the search page with the same filters, newest first. */
@RestController
record FeedController(
    TransferFinder finder, Register register, Countries countries, RegisterVersions versions) {
  static final String ATOM = "application/atom+xml;charset=UTF-8";

  @Operation(summary = "Atom feed of every published transfer, newest change first")
  @GetMapping("/feeds/transfers.atom")
  ResponseEntity<String> all() {
    return feed(
        "Sightline: new and changed transfers",
        "/feeds/transfers.atom",
        "/search",
        finder.find(SearchFilters.NONE));
  }

  @Operation(summary = "Atom feed of the published transfers to one recipient country")
  @GetMapping("/feeds/countries/{code}.atom")
  ResponseEntity<String> country(@PathVariable String code) {
    String known = countries.byCode(code).map(c -> c.code()).orElse(null);
    if (known == null || !known.equals(code)) {
      throw new NotFoundException("no country with the code " + code);
    }
    return feed(
        "Sightline: transfers to " + countries.nameOf(known),
        "/feeds/countries/" + known + ".atom",
        "/countries/" + known,
        finder.find(SearchFilters.parse(Map.of("country", known), countries)));
  }

  @Operation(
      summary = "Atom feed of the transfers an organization (or a subsidiary) supplied or financed")
  @GetMapping("/feeds/organizations/{id}.atom")
  ResponseEntity<String> organization(@PathVariable String id) {
    Organization o =
        register
            .findOrganization(id, Visibility.PUBLIC)
            .orElseThrow(() -> new NotFoundException("no published organization " + id))
            .organization();
    Map<String, StoredTransfer> byId = new LinkedHashMap<>();
    finder
        .find(SearchFilters.parse(Map.of("vendor", o.id()), countries))
        .forEach(t -> byId.put(t.transfer().id(), t));
    finder
        .find(SearchFilters.parse(Map.of("lender", o.name()), countries))
        .forEach(t -> byId.put(t.transfer().id(), t));
    return feed(
        "Sightline: transfers by " + o.name(),
        "/feeds/organizations/" + o.id() + ".atom",
        "/organizations/" + o.id(),
        new ArrayList<>(byId.values()));
  }

  @Operation(
      summary =
          "Atom feed of a saved search: the parameters of /search (q, country, technology, ...)")
  @GetMapping("/feeds/search.atom")
  ResponseEntity<String> search(@RequestParam Map<String, String> params) {
    SearchFilters filters = SearchFilters.parse(params, countries);
    String query = filters.url().replaceFirst("^/search", "");
    return feed(
        "Sightline: transfers matching " + (query.isEmpty() ? "everything" : query.substring(1)),
        "/feeds/search.atom" + query,
        filters.url(),
        finder.find(filters));
  }

  private ResponseEntity<String> feed(
      String title, String self, String page, List<StoredTransfer> records) {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    List<StoredTransfer> newestFirst = new ArrayList<>(records);
    newestFirst.sort(
        Comparator.comparing(StoredTransfer::updatedAt, Comparator.reverseOrder())
            .thenComparing(t -> t.transfer().id()));
    Instant asOf = versions.current().asOf();
    String xml =
        AtomFeed.write(
            new AtomFeed.About(title, base + self, base + page), base, newestFirst, asOf);
    return ResponseEntity.ok().header("Content-Type", ATOM).body(xml);
  }
}
