package org.sightline.app.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.app.figures.OrganizationIndex;
import org.sightline.app.web.Attachments;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.PageText;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.ingest.RecordCsv;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.StoredTransfer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}: full-text and filtered lists of transfers with facet counts that narrow them;
 * every state is a shareable URL. The same filters download as CSV ({@code /search.csv}, the
 * export's columns) and JSON ({@code /search.json}, an array of the API's Transfer objects).
 */
@PageController
record SearchPageController(
    TransferFinder finder,
    TransferSearch search,
    OrganizationIndex index,
    Countries countries,
    PageText text) {
  static final int PAGE_SIZE = 25;

  /** Values shown for facets with many (suppliers, recipient countries): the largest. */
  static final int LONG_FACET = 15;

  /** A way to order the list, the link to it, and whether it is the current one. */
  record SortLink(String label, String href, boolean chosen) {}

  @GetMapping("/search")
  String search(@RequestParam Map<String, String> params, Model model) {
    SearchFilters f = SearchFilters.parse(params, countries);
    TransferSearch.Result found = f.q() == null ? null : search.search(f.q());
    List<StoredTransfer> all = finder.find(f, found == null ? null : found.ids());
    model.addAttribute("found", found == null ? null : found.found().name());
    model.addAttribute("names", found == null ? List.of() : found.names());
    model.addAttribute("sorts", sorts(f));
    List<Transfer> transfers = all.stream().map(StoredTransfer::transfer).toList();
    int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (f.page() > pages) {
      throw new PageNotFound(
          "There is no page " + f.page() + " of these results: they fill " + pages + " page(s).");
    }
    int from = Math.min((f.page() - 1) * PAGE_SIZE, all.size());
    List<StoredTransfer> shown = all.subList(from, Math.min(all.size(), from + PAGE_SIZE));

    model.addAttribute("title", f.isEmpty() ? "All transfers" : "Search");
    model.addAttribute("filters", f);
    model.addAttribute("total", all.size());
    model.addAttribute("transfers", shown);
    model.addAttribute("firstShown", from + 1);
    model.addAttribute("page", f.page());
    model.addAttribute("pages", pages);
    model.addAttribute("facets", facets(f, transfers));
    model.addAttribute("active", activeFilters(f));
    model.addAttribute("technologies", TechnologyCategory.values());
    return "search";
  }

  @GetMapping("/search.csv")
  ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
    List<StoredTransfer> all = finder.find(SearchFilters.parse(params, countries));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord(RecordCsv.TRANSFERS.columns());
      for (StoredTransfer t : all) {
        csv.printRecord(RecordCsv.TRANSFERS.row(t.transfer()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return download(out.toByteArray(), "text/csv;charset=UTF-8", "sightline-transfers.csv");
  }

  @GetMapping("/search.json")
  ResponseEntity<byte[]> json(@RequestParam Map<String, String> params) {
    List<StoredTransfer> all = finder.find(SearchFilters.parse(params, countries));
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < all.size(); i++) {
      json.append(i == 0 ? "\n" : ",\n")
          .append(TransferJson.toLine(all.get(i).transfer(), all.get(i).updatedAt()));
    }
    json.append("\n]\n");
    return download(
        json.toString().getBytes(StandardCharsets.UTF_8),
        MediaType.APPLICATION_JSON_VALUE,
        "sightline-transfers.json");
  }

  private static ResponseEntity<byte[]> download(byte[] body, String type, String filename) {
    return Attachments.attachment(filename, type).body(body);
  }

  /** The chosen filters with a label and the link that removes each. */
  record ActiveFilter(String label, String value, String remove) {}

  private List<ActiveFilter> activeFilters(SearchFilters f) {
    List<ActiveFilter> out = new ArrayList<>();
    f.values()
        .forEach(
            (name, value) ->
                out.add(
                    new ActiveFilter(filterLabel(name), valueLabel(name, value), f.without(name))));
    return out;
  }

  private static String filterLabel(String name) {
    return switch (name) {
      case "q" -> "Text";
      case "country" -> "Recipient";
      case "supplier" -> "Supplier";
      case "supplier_country" -> "Supplier country";
      case "technology" -> "Technology";
      case "status" -> "Status";
      case "region" -> "Recipient region";
      case "year_from" -> "From year";
      case "year_to" -> "To year";
      case "started" -> "Started in";
      case "undated" -> "Start year";
      case "lender" -> "Lender";
      case "vendor" -> "Vendor (with subsidiaries)";
      case "end_user" -> "End user";
      default -> name;
    };
  }

  private String valueLabel(String name, String value) {
    return switch (name) {
      case "country", "supplier_country" -> text.countryName(value) + " (" + value + ")";
      case "technology" -> text.technologyLabel(value);
      case "status" -> text.statusLabel(value);
      case "undated" -> "not known";
      case "vendor", "lender", "end_user" -> organizationName(value);
      default -> value;
    };
  }

  private static List<SortLink> sorts(SearchFilters f) {
    List<SortLink> out = new ArrayList<>();
    out.add(new SortLink("record id", f.without("sort"), f.sort() == null));
    Map<String, String> labels =
        Map.of(
            "date", "newest",
            "value", "largest value",
            "country", "recipient country",
            "supplier", "supplier");
    for (String s : SearchFilters.SORTS) {
      out.add(new SortLink(labels.get(s), f.with("sort", s), s.equals(f.sort())));
    }
    return out;
  }

  /** An organization id's name (a filter may also hold a name, shown as it is). */
  private String organizationName(String value) {
    return index.current().byId(value).map(o -> o.name() + " (" + value + ")").orElse(value);
  }

  private List<Facet> facets(SearchFilters f, List<Transfer> transfers) {
    List<Facet> facets = new ArrayList<>();
    Map<String, String> supplierNames = new TreeMap<>();
    transfers.forEach(
        t ->
            t.supplierOrgs().stream()
                .filter(o -> o.id() != null)
                .forEach(o -> supplierNames.putIfAbsent(o.id(), o.name())));
    facets.add(
        facet(
                f,
                "supplier",
                "Supplier",
                transfers,
                t ->
                    t.supplierOrgs().stream()
                        .map(o -> o.id())
                        .filter(id -> id != null)
                        .distinct()
                        .toList(),
                id -> supplierNames.getOrDefault(id, id),
                f.supplier())
            .top(LONG_FACET));
    facets.add(
        facet(
                f,
                "country",
                "Recipient country",
                transfers,
                t -> t.recipientCountry() == null ? List.of() : List.of(t.recipientCountry()),
                text::countryName,
                f.country())
            .top(LONG_FACET));
    facets.add(
        facet(
            f,
            "technology",
            "Technology",
            transfers,
            t -> t.technologies().stream().map(TechnologyCategory::key).distinct().toList(),
            text::technologyLabel,
            f.technology() == null ? null : f.technology().key()));
    facets.add(
        facet(
            f,
            "supplier_country",
            "Supplier country",
            transfers,
            t -> t.supplierCountry() == null ? List.of() : List.of(t.supplierCountry()),
            text::countryName,
            f.supplierCountry()));
    facets.add(
        facet(
            f,
            "region",
            "Recipient region",
            transfers,
            t -> List.of(finder.regionOf(t.recipientCountry())),
            r -> r.isEmpty() ? "Unknown" : r,
            f.region()));
    facets.add(
        facet(
            f,
            "status",
            "Status",
            transfers,
            t -> t.status() == null ? List.of() : List.of(t.status().key()),
            text::statusLabel,
            f.status() == null ? null : f.status().key()));
    Facet years =
        facet(
            f,
            "started",
            "Year started",
            transfers,
            t -> t.yearStart() == null ? List.of() : List.of(t.yearStart().toString()),
            y -> y,
            f.started() == null ? null : f.started().toString());
    // Years read best in order, not by count; transfers without a start year get a bucket too.
    List<Facet.Value> byYear = new ArrayList<>(years.values());
    byYear.sort(Comparator.comparing(Facet.Value::key).reversed());
    long undated = transfers.stream().filter(t -> t.yearStart() == null).count();
    if (undated > 0) {
      byYear.add(
          new Facet.Value("undated", "undated", undated, f.with("undated", true), f.undated()));
    }
    facets.add(new Facet(years.parameter(), years.label(), byYear, years.active(), years.clear()));
    return facets;
  }

  private static Facet facet(
      SearchFilters f,
      String parameter,
      String label,
      List<Transfer> transfers,
      Function<Transfer, List<String>> keys,
      Function<String, String> names,
      String active) {
    Map<String, Long> counts = new TreeMap<>();
    for (Transfer t : transfers) {
      for (String k : keys.apply(t)) {
        if (!k.isEmpty()) {
          counts.merge(k, 1L, Long::sum);
        }
      }
    }
    List<Facet.Value> values = new ArrayList<>();
    counts.forEach(
        (k, n) ->
            values.add(
                new Facet.Value(k, names.apply(k), n, f.with(parameter, k), k.equals(active))));
    values.sort(
        Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label));
    return new Facet(
        parameter, label, values, active, active == null ? null : f.without(parameter));
  }
}
