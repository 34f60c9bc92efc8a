package org.sightline.app.transfers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.sightline.app.responses.ResponseViews;
import org.sightline.app.responses.RightOfReply;
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
class TransfersController {
  private final Register register;
  private final TransferSearch search;
  private final TransferViews views;
  private final Countries countries;
  private final RightOfReply responses;

  TransfersController(
      Register register,
      TransferSearch search,
      TransferViews views,
      Countries countries,
      RightOfReply responses) {
    this.register = register;
    this.search = search;
    this.views = views;
    this.countries = countries;
    this.responses = responses;
  }

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
      @Parameter(description = "page number, from 1") @RequestParam(required = false) Integer page,
      @Parameter(description = "page size, 1 to 500 (default 50)") @RequestParam(required = false)
          Integer size) {
    int pageNo = ApiParameters.page(page);
    int pageSize = ApiParameters.size(size);
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
        return new TransferPage(List.of(), 0, pageNo, pageSize);
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
    return new TransferPage(
        result.items().stream().map(views::view).toList(), result.total(), pageNo, pageSize);
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
