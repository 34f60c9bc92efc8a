package org.sightline.app.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.app.figures.Timeline;
import org.sightline.app.web.ApiParameters;
import org.sightline.app.web.BadParameterException;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a records list, as they appear in a shareable URL ({@code
 * /search?technology=spyware&country=MX}). The API's filters keep the API's names and meaning
 * (parsed by the same {@link ApiParameters}); pages add a few that figures need to link to exactly
 * the records behind a number: {@code region} (recipient region), {@code started} (year a transfer
 * started, as the timelines count), {@code undated} ({@code true}: no known start year, the
 * timelines' "undated" bucket), {@code vendor} (an organization with its subsidiaries, as vendor
 * footprints count), {@code lender} and {@code end_user} (an organization id, or a name; a name
 * matches whatever way it is written, an id every name and alias of that organization), and {@code
 * sort} (one of {@link #SORTS}; id order without it). Nonsense values fail with a message naming
 * the parameter; unknown parameter names are ignored on pages (links shared with tracking tags
 * still work).
 */
public record SearchFilters(
    String q,
    String country,
    String supplier,
    String supplierCountry,
    TechnologyCategory technology,
    TransferStatus status,
    String region,
    Integer yearFrom,
    Integer yearTo,
    Integer started,
    boolean undated,
    String lender,
    String vendor,
    String endUser,
    String sort,
    int page) {

  /** Orders a list may be sorted in besides id order: newest, largest, recipient, supplier. */
  public static final List<String> SORTS = List.of("date", "value", "country", "supplier");

  /** URL parameter names in the order links write them. */
  public static final List<String> PARAMETERS =
      List.of(
          "q",
          "country",
          "supplier",
          "supplier_country",
          "technology",
          "status",
          "region",
          "year_from",
          "year_to",
          "started",
          "undated",
          "lender",
          "vendor",
          "end_user",
          "sort");

  public static final SearchFilters NONE =
      new SearchFilters(
          null, null, null, null, null, null, null, null, null, null, false, null, null, null, null,
          1);

  public static SearchFilters parse(Map<String, String> params, Countries countries) {
    Integer from = ApiParameters.year("year_from", number(params, "year_from"));
    Integer to = ApiParameters.year("year_to", number(params, "year_to"));
    if (from != null && to != null && from > to) {
      throw new BadParameterException(
          "year_from", "parameter 'year_from' (" + from + ") is after 'year_to' (" + to + ")");
    }
    Integer page = number(params, "page");
    return new SearchFilters(
        text(params, "q"),
        ApiParameters.countryCode("country", params.get("country"), countries),
        text(params, "supplier"),
        ApiParameters.countryCode("supplier_country", params.get("supplier_country"), countries),
        ApiParameters.technology("technology", params.get("technology")),
        ApiParameters.status("status", params.get("status")),
        region(params.get("region"), countries),
        from,
        to,
        ApiParameters.year("started", number(params, "started")),
        undated(params.get("undated")),
        text(params, "lender"),
        text(params, "vendor"),
        text(params, "end_user"),
        sort(params.get("sort")),
        ApiParameters.page(page));
  }

  private static String sort(String value) {
    if (ApiParameters.isAbsent(value)) {
      return null;
    }
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!SORTS.contains(v)) {
      throw new BadParameterException(
          "sort",
          "parameter 'sort' must be one of " + String.join(", ", SORTS) + "; got '" + value + "'");
    }
    return v;
  }

  /** The regions of the gazetteer (Africa, Americas, Asia, Europe, Oceania...). */
  public static Set<String> regions(Countries countries) {
    Set<String> regions = new TreeSet<>();
    for (Country c : countries.all()) {
      if (!c.region().isBlank()) {
        regions.add(c.region());
      }
    }
    return regions;
  }

  private static String region(String value, Countries countries) {
    if (ApiParameters.isAbsent(value)) {
      return null;
    }
    for (String r : regions(countries)) {
      if (r.equalsIgnoreCase(value.trim())) {
        return r;
      }
    }
    throw new BadParameterException(
        "region",
        "parameter 'region' must be one of "
            + String.join(", ", regions(countries))
            + "; got '"
            + value
            + "'");
  }

  private static boolean undated(String value) {
    if (ApiParameters.isAbsent(value) || value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    throw new BadParameterException(
        "undated", "parameter 'undated' must be true or false, got '" + value + "'");
  }

  private static String text(Map<String, String> params, String name) {
    String v = params.get(name);
    if (ApiParameters.isAbsent(v)) {
      return null;
    }
    if (v.length() > 500) {
      throw new BadParameterException(
          name, "parameter '" + name + "' is too long (500 characters at most)");
    }
    return v.trim();
  }

  private static Integer number(Map<String, String> params, String name) {
    String v = params.get(name);
    if (ApiParameters.isAbsent(v)) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new BadParameterException(
          name, "parameter '" + name + "' must be a whole number, got '" + v + "'");
    }
  }

  /** True when no filter at all is set (every published transfer matches); order is no filter. */
  public boolean isEmpty() {
    Map<String, String> v = values();
    v.remove("sort");
    return v.isEmpty();
  }

  /** The set filters as URL parameters, in {@link #PARAMETERS} order. */
  public Map<String, String> values() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "q", q);
    put(m, "country", country);
    put(m, "supplier", supplier);
    put(m, "supplier_country", supplierCountry);
    put(m, "technology", technology == null ? null : technology.key());
    put(m, "status", status == null ? null : status.key());
    put(m, "region", region);
    put(m, "year_from", yearFrom);
    put(m, "year_to", yearTo);
    put(m, "started", started);
    put(m, "undated", undated ? "true" : null);
    put(m, "lender", lender);
    put(m, "vendor", vendor);
    put(m, "end_user", endUser);
    put(m, "sort", sort);
    return m;
  }

  private static void put(Map<String, String> m, String name, Object value) {
    if (value != null) {
      m.put(name, value.toString());
    }
  }

  /** This list narrowed (or changed) by one more filter, from its first page. */
  public String with(String name, Object value) {
    Map<String, String> m = values();
    // A start year and "no start year" exclude each other: choosing one replaces the other.
    if (name.equals("started")) {
      m.remove("undated");
    } else if (name.equals("undated")) {
      m.remove("started");
    }
    m.put(name, String.valueOf(value));
    return url("/search", m, 1);
  }

  /** This list without one filter. */
  public String without(String name) {
    Map<String, String> m = values();
    m.remove(name);
    return url("/search", m, 1);
  }

  public String pageUrl(int n) {
    return url("/search", values(), n);
  }

  /** The same filters as a download ({@code /search.csv}, {@code /search.json}). */
  public String download(String extension) {
    return url("/search." + extension, values(), 1);
  }

  public String url() {
    return url("/search", values(), page);
  }

  /** A /search link for the given filters ({@code name, value, name, value...}; nulls skipped). */
  /**
   * The timeline of these transfers, each year, status segment and the undated bar linked to its
   * transfers within {@code filter=value} (a country's, a vendor's).
   */
  public static Timeline timeline(List<Transfer> transfers, String filter, String value) {
    return Timeline.of(
        transfers,
        year -> link(filter, value, "started", year),
        (year, status) -> link(filter, value, "started", year, "status", status.key()),
        link(filter, value, "undated", true));
  }

  public static String link(Object... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        m.put(pairs[i].toString(), pairs[i + 1].toString());
      }
    }
    return url("/search", m, 1);
  }

  private static String url(String path, Map<String, String> m, int page) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    for (String name : PARAMETERS) {
      if (m.containsKey(name)) {
        b.queryParam(name, "{" + name + "}");
      }
    }
    if (page > 1) {
      b.queryParam("page", page);
    }
    return b.encode().buildAndExpand(m).toUriString();
  }
}
