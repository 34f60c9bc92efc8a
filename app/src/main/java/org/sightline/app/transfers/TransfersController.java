package org.sightline.app.transfers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.app.responses.ResponseViews;
import org.sightline.app.responses.RightOfReply;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.search.TransferFinder;
import org.sightline.app.search.TransferSearch;
import org.sightline.app.web.ApiParameters;
import org.sightline.app.web.BadParameterException;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.core.countries.Countries;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Page;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.TransferQuery;
import org.sightline.store.registry.Visibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** Published transfers: the filtered, paged list and single records with their sources. */
@RestController
@RequestMapping(path = "/api/v1/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
record TransfersController(
    Register register,
    TransferSearch search,
    TransferFinder finder,
    TransferViews views,
    Countries countries,
    RightOfReply responses) {
  @Operation(summary = "Published transfers matching every given filter, ordered by id")
  @GetMapping
  TransferPage list(
      @Parameter(description = "recipient country, ISO 3166-1 alpha-2")
          @RequestParam(required = false)
          String country,
      @Parameter(description = "supplier organization id, name or alias")
          @RequestParam(required = false)
          String supplier,
      @Parameter(description = "supplier's home country, ISO 3166-1 alpha-2")
          @RequestParam(name = "supplier_country", required = false)
          String supplierCountry,
      @Parameter(description = "technology key, e.g. facial_recognition")
          @RequestParam(required = false)
          String technology,
      @Parameter(description = "status key, e.g. delivered") @RequestParam(required = false)
          String status,
      @Parameter(description = "transfers whose years (start to end) reach this year or later")
          @RequestParam(name = "year_from", required = false)
          Integer yearFrom,
      @Parameter(description = "transfers whose years (start to end) reach this year or earlier")
          @RequestParam(name = "year_to", required = false)
          Integer yearTo,
      @Parameter(
              description =
                  "any text: words (all must match) and \"quoted phrases\" over summaries, suppliers and their aliases, technologies, statuses, lenders, end users and sources; text no record contains is read as an organization's name (typos, other scripts)")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "recipient region, e.g. Africa (as the web pages' region facet)")
          @RequestParam(required = false)
          String region,
      @Parameter(description = "transfers that started in this year")
          @RequestParam(required = false)
          Integer started,
      @Parameter(description = "true: only transfers without a known start year")
          @RequestParam(required = false)
          String undated,
      @Parameter(
              description =
                  "supplier organization id, with its subsidiaries at every level (as the"
                      + " organization page counts them)")
          @RequestParam(required = false)
          String vendor,
      @Parameter(description = "lender: organization id (any of its names), or a name")
          @RequestParam(required = false)
          String lender,
      @Parameter(description = "end user: organization id, or a name")
          @RequestParam(name = "end_user", required = false)
          String endUser,
      @Parameter(description = "page number, from 1") @RequestParam(required = false) Integer page,
      @Parameter(description = "page size, 1 to 500 (default 50)") @RequestParam(required = false)
          Integer size) {
    int pageNo = ApiParameters.page(page);
    int pageSize = ApiParameters.size(size);
    if (!ApiParameters.isAbsent(region)
        || started != null
        || !ApiParameters.isAbsent(undated)
        || !ApiParameters.isAbsent(vendor)
        || !ApiParameters.isAbsent(lender)
        || !ApiParameters.isAbsent(endUser)) {
      // The filters the figures link with: the same finder as the pages, paged here.
      Map<String, String> params = new HashMap<>();
      params.put("country", country);
      params.put("supplier", supplier);
      params.put("supplier_country", supplierCountry);
      params.put("technology", technology);
      params.put("status", status);
      params.put("year_from", yearFrom == null ? null : yearFrom.toString());
      params.put("year_to", yearTo == null ? null : yearTo.toString());
      params.put("q", q);
      params.put("region", region);
      params.put("started", started == null ? null : started.toString());
      params.put("undated", undated);
      params.put("vendor", vendor);
      params.put("lender", lender);
      params.put("end_user", endUser);
      List<StoredTransfer> all = finder.find(SearchFilters.parse(params, countries));
      int from = (int) Math.min((long) (pageNo - 1) * pageSize, all.size());
      return answer(
          all.subList(from, Math.min(all.size(), from + pageSize)), all.size(), pageNo, pageSize);
    }
    Integer from = ApiParameters.year("year_from", yearFrom);
    Integer to = ApiParameters.year("year_to", yearTo);
    if (from != null && to != null && from > to) {
      throw new BadParameterException(
          "year_from", "parameter 'year_from' (" + from + ") is after 'year_to' (" + to + ")");
    }
    List<String> ids = null;
    if (!ApiParameters.isAbsent(q)) {
      try {
        ids = search.matchingIds(q);
      } catch (IllegalArgumentException e) {
        throw new BadParameterException("q", "parameter 'q' is not a valid query: " + firstLine(e));
      }
      if (ids.isEmpty()) {
        return answer(List.of(), 0, pageNo, pageSize);
      }
    }
    TransferQuery query =
        new TransferQuery(
            ApiParameters.countryCode("country", country, countries),
            ApiParameters.isAbsent(supplier) ? null : supplier.trim(),
            ApiParameters.countryCode("supplier_country", supplierCountry, countries),
            ApiParameters.technology("technology", technology),
            ApiParameters.status("status", status),
            from,
            to,
            ids,
            pageNo,
            pageSize);
    Page<StoredTransfer> result = register.findTransfers(query, Visibility.PUBLIC);
    return answer(result.items(), result.total(), pageNo, pageSize);
  }

  /** One page of a list; a page past the last one (other than the first) is 404. */
  private TransferPage answer(List<StoredTransfer> items, long total, int page, int size) {
    if (page > 1 && (long) (page - 1) * size >= total) {
      throw new NotFoundException(
          "no page "
              + page
              + ": "
              + total
              + " transfer(s) fill "
              + Math.max(1, (total + size - 1) / size)
              + " page(s) of "
              + size);
    }
    return new TransferPage(items.stream().map(views::view).toList(), total, page, size);
  }

  @Operation(
      summary = "One published transfer with its sources (reviewers: any state)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(schema = @Schema(implementation = TransferDoc.class))))
  @GetMapping("/{id}")
  Object one(@PathVariable String id) {
    // Reviewers (signed in or by token) also see drafts and records in review; nobody else does.
    Visibility visibility =
        Roles.currentHas(Role.REVIEWER) ? Visibility.REVIEWER : Visibility.PUBLIC;
    return register
        .findTransfer(id, visibility)
        .map(views::view)
        .map(view -> withResponses(view, id, visibility))
        .orElseThrow(() -> new NotFoundException("no published transfer with id '" + id + "'"));
  }

  /**
   * The right of reply travels with the record: {@code responses}, published ones only for the
   * public (reviewers also see pending and retracted ones, with their state).
   */
  private Object withResponses(Object view, String id, Visibility visibility) {
    if (view instanceof ObjectNode node) {
      node.putArray("responses")
          .addAll(
              ResponseViews.views(responses.of(id, visibility), visibility == Visibility.REVIEWER));
    }
    return view;
  }

  /** Parser messages can run to several lines of grammar detail; the first says what is wrong. */
  private static String firstLine(IllegalArgumentException e) {
    String m = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
    m = m.lines().findFirst().orElse(m);
    return m.length() > 200 ? m.substring(0, 200) + "..." : m;
  }
}
