package org.sightline.app.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.app.figures.OrganizationIndex;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.web.ApiParameters;
import org.sightline.app.web.BadParameterException;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.PageText;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /organizations}: the directory of vendors, integrators, lenders, investors and agencies,
 * narrowed by kind, home country and name. Each row counts the published transfers the organization
 * supplied (with its subsidiaries, those marked apart), financed and received as end user, each
 * count a link to exactly those records; the kind and country counts link to the directory narrowed
 * to them.
 */
@PageController
record DirectoryPageController(OrganizationIndex index, Countries countries, PageText text) {
  static final int PAGE_SIZE = 100;

  /** A count with the link to the records behind it (null when the count is zero). */
  record Count(int n, String href) {
    static Count of(int n, String href) {
      return new Count(n, n == 0 ? null : href);
    }
  }

  /** One organization's row; {@code viaSubsidiaries}: its supplied count includes subsidiaries'. */
  record Row(
      String id,
      String name,
      String kind,
      String country,
      Count supplied,
      boolean viaSubsidiaries,
      Count financed,
      Count asEndUser) {}

  /** A choice of the directory's filters, with its number of organizations and its link. */
  record Choice(String key, String label, int organizations, String href, boolean chosen) {}

  @GetMapping("/organizations")
  String directory(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) Integer page,
      Model model) {
    OrganizationKind wanted = ApiParameters.organizationKind("kind", kind);
    String home = ApiParameters.countryCode("country", country, countries);
    String query = ApiParameters.isAbsent(q) ? null : q.trim();
    if (query != null && query.length() > 200) {
      throw new BadParameterException("q", "parameter 'q' is too long (200 characters at most)");
    }
    int pageNo = ApiParameters.page(page);
    OrganizationIndex.Snapshot orgs = index.current();

    List<Organization> named =
        orgs.organizations().stream()
            .filter(
                o ->
                    query == null || OrganizationsController.matches(o, Countries.normalise(query)))
            .sorted(
                Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Organization::id))
            .toList();
    // Each filter's choices are counted among the organizations the other filters leave.
    Map<OrganizationKind, Integer> byKind = new EnumMap<>(OrganizationKind.class);
    Map<String, Integer> byCountry = new TreeMap<>();
    List<Organization> matching = new ArrayList<>();
    for (Organization o : named) {
      boolean kindOk = wanted == null || o.kind() == wanted;
      boolean countryOk = home == null || home.equals(o.country());
      if (countryOk && o.kind() != null) {
        byKind.merge(o.kind(), 1, Integer::sum);
      }
      if (kindOk && o.country() != null) {
        byCountry.merge(o.country(), 1, Integer::sum);
      }
      if (kindOk && countryOk) {
        matching.add(o);
      }
    }
    int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (pageNo > pages) {
      throw new PageNotFound(
          "There is no page " + pageNo + " of this list: it has " + pages + " page(s).");
    }
    int from = (pageNo - 1) * PAGE_SIZE;
    List<Row> rows =
        matching.subList(from, Math.min(matching.size(), from + PAGE_SIZE)).stream()
            .map(o -> row(o, orgs))
            .toList();

    String kindKey = wanted == null ? null : wanted.key();
    List<Choice> kinds = new ArrayList<>();
    for (OrganizationKind k : OrganizationKind.values()) {
      kinds.add(
          new Choice(
              k.key(),
              plural(k),
              byKind.getOrDefault(k, 0),
              link(query, k.key(), home, 1),
              k == wanted));
    }
    List<Choice> homes = new ArrayList<>();
    byCountry.forEach(
        (code, n) ->
            homes.add(
                new Choice(
                    code,
                    text.countryName(code),
                    n,
                    link(query, kindKey, code, 1),
                    code.equals(home))));
    homes.sort(Comparator.comparing(Choice::label));

    model.addAttribute("title", "Organizations");
    model.addAttribute("q", query);
    model.addAttribute("kind", kindKey);
    model.addAttribute("kindLabel", wanted == null ? null : plural(wanted));
    model.addAttribute("country", home);
    model.addAttribute("kinds", kinds);
    model.addAttribute("homes", homes);
    model.addAttribute("total", matching.size());
    model.addAttribute("rows", rows);
    model.addAttribute("page", pageNo);
    model.addAttribute("pages", pages);
    model.addAttribute("prev", pageNo > 1 ? link(query, kindKey, home, pageNo - 1) : null);
    model.addAttribute("next", pageNo < pages ? link(query, kindKey, home, pageNo + 1) : null);
    model.addAttribute("clearKind", wanted == null ? null : link(query, null, home, 1));
    model.addAttribute("clearCountry", home == null ? null : link(query, kindKey, null, 1));
    return "organizations";
  }

  private static Row row(Organization o, OrganizationIndex.Snapshot orgs) {
    OrganizationIndex.Roles roles = orgs.roles(o.id());
    String id = o.id();
    return new Row(
        id,
        o.name(),
        o.kind() == null ? null : o.kind().key(),
        o.country(),
        Count.of(
            roles.supplied().size() + roles.suppliedBySubsidiaries().size(),
            SearchFilters.link("vendor", id)),
        !roles.suppliedBySubsidiaries().isEmpty(),
        Count.of(roles.financed().size(), SearchFilters.link("lender", id)),
        Count.of(roles.asEndUser().size(), SearchFilters.link("end_user", id)));
  }

  /** "Vendors", "Lenders", ..., as the directory's headings name the kinds. */
  static String plural(OrganizationKind kind) {
    String key = kind.key();
    String label = key.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + key.substring(1);
    return kind == OrganizationKind.AGENCY ? "Agencies" : label + "s";
  }

  static String link(String q, String kind, String country, int page) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("q", q);
    params.put("kind", kind);
    params.put("country", country);
    params.put("page", page > 1 ? page : null);
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/organizations");
    params.forEach(
        (name, value) -> {
          if (value != null) {
            b.queryParam(name, "{" + name + "}");
          }
        });
    params.values().removeIf(v -> v == null);
    return b.encode().buildAndExpand(params).toUriString();
  }
}
