package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.sightline.app.testing.JsonRequests.putJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.app.extraction.ExtractionService;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.app.testing.TestRecords;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferResponse;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.accounts.Role;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.TransferResponses;
import org.sightline.store.screening.ScreeningReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring serves, called by every kind of caller, with the status each must get. The
 * matrix is checked against the handler mappings: an endpoint without a row (or a row for an
 * endpoint that no longer exists) fails the test, so no endpoint can be added unnoticed. Each cell
 * works on records of its own, so the order of calls does not matter.
 *
 * <p>To add an endpoint: one {@code row(...)} in {@link #matrix()} with its exact mapping ("METHOD
 * /pattern" as registered; "ANY" when the mapping names no method), how to call it on fresh records
 * and the six statuses in the order of {@link Caller}.
 */
public class AuthorizationMatrixTest extends SecurityTestContext {
  enum Caller {
    ANONYMOUS,
    CONTRIBUTOR,
    REVIEWER,
    ADMIN,
    EXPIRED_TOKEN,
    REVOKED_TOKEN
  }

  /** Served by other handler mappings than Spring MVC's controllers, checked here all the same. */
  static final Set<String> OUTSIDE_CONTROLLERS = Set.of("GET /actuator/health");

  @Autowired RegisterWriter writer;
  @Autowired ApplicationContext context;
  @Autowired TransferResponses responses;
  @Autowired Proposals proposals;
  @Autowired ExtractionService extraction;
  @Autowired ScreeningReports screeningReports;

  private final Map<Caller, String> headers = new LinkedHashMap<>();

  @BeforeEach
  void callers() throws Exception {
    headers.put(Caller.CONTRIBUTOR, bearer(token(Role.CONTRIBUTOR)));
    headers.put(Caller.REVIEWER, bearer(token(Role.REVIEWER)));
    headers.put(Caller.ADMIN, bearer(token(Role.ADMIN)));
    headers.put(Caller.EXPIRED_TOKEN, bearer(expiredToken(Role.ADMIN)));
    headers.put(Caller.REVOKED_TOKEN, bearer(revokedToken(Role.ADMIN)));
  }

  /**
   * One endpoint ("METHOD /pattern" exactly as mapped), a note when it has several rows, how to
   * call it given a fresh id, and the status each caller must get.
   */
  record Row(
      String endpoint,
      String note,
      Function<String, ? extends AbstractMockHttpServletRequestBuilder<?>> request,
      int[] expected) {}

  /** {@code statuses}: six numbers separated by spaces, in the order of {@link Caller}. */
  static Row row(
      String endpoint,
      String statuses,
      Function<String, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
    return row(endpoint, statuses, "", request);
  }

  static Row row(
      String endpoint,
      String statuses,
      String note,
      Function<String, ? extends AbstractMockHttpServletRequestBuilder<?>> request) {
    int[] expected =
        Arrays.stream(statuses.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    return new Row(endpoint, note, request, expected);
  }

  // Statuses in the order: anonymous, contributor, reviewer, admin, expired token, revoked token.
  // Anonymous POSTs outside /api meet the CSRF check first (403); tokens need no CSRF token.
  List<Row> matrix() {
    return List.of(
        // Write API
        row(
            "POST /api/v1/transfers",
            "401 201 201 201 401 401",
            id -> postJson("/api/v1/transfers", json(id))),
        row(
            "PUT /api/v1/transfers/{id}",
            "401 200 200 200 401 401",
            id -> putJson("/api/v1/transfers/" + seed(id, PublicationState.DRAFT), json(id))),
        row(
            "POST /api/v1/transfers/{id}/submit",
            "401 200 200 200 401 401",
            id -> post("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/submit")),
        row(
            "POST /api/v1/transfers/{id}/publish",
            "401 403 200 200 401 401",
            id -> post("/api/v1/transfers/" + seed(id, PublicationState.IN_REVIEW) + "/publish")),
        row(
            "POST /api/v1/transfers/{id}/retract",
            "401 403 200 200 401 401",
            id ->
                postJson(
                    "/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/retract",
                    "{\"reason\":\"source withdrawn\"}")),
        // Read API
        row("GET /api/v1/transfers", "200 200 200 200 401 401", id -> get("/api/v1/transfers")),
        row(
            "GET /api/v1/transfers/{id}",
            "404 404 200 200 401 401",
            "draft",
            id -> get("/api/v1/transfers/" + seed(id, PublicationState.DRAFT))),
        row(
            "GET /api/v1/transfers/{id}",
            "200 200 200 200 401 401",
            "published",
            id -> get("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED))),
        row("GET /api/v1/countries", "200 200 200 200 401 401", id -> get("/api/v1/countries")),
        row(
            "GET /api/v1/countries/{code}",
            "200 200 200 200 401 401",
            id -> get("/api/v1/countries/UG")),
        row(
            "GET /api/v1/organizations",
            "200 200 200 200 401 401",
            id -> get("/api/v1/organizations")),
        row(
            "GET /api/v1/organizations/{id}",
            "200 200 200 200 401 401",
            id -> get("/api/v1/organizations/" + seedOrganization(id))),
        row("GET /api/v1/stats", "200 200 200 200 401 401", id -> get("/api/v1/stats")),
        row("GET /api/v1/version", "200 200 200 200 401 401", id -> get("/api/v1/version")),
        row(
            "GET /downloads/{name}",
            "200 200 200 200 401 401",
            id -> get("/downloads/sightline-transfers.csv")),
        row(
            "GET /feeds/transfers.atom",
            "200 200 200 200 401 401",
            id -> get("/feeds/transfers.atom")),
        row(
            "GET /feeds/countries/{code}.atom",
            "200 200 200 200 401 401",
            id -> get("/feeds/countries/UG.atom")),
        row(
            "GET /feeds/organizations/{id}.atom",
            "200 200 200 200 401 401",
            id -> get("/feeds/organizations/" + seedOrganization(id) + ".atom")),
        row(
            "GET /feeds/search.atom",
            "200 200 200 200 401 401",
            id -> get("/feeds/search.atom?country=UG")),
        row("GET /api/v1/admin/audit", "401 403 403 200 401 401", id -> get("/api/v1/admin/audit")),
        // Pages
        row("GET /", "200 200 200 200 401 401", id -> get("/")),
        row("GET /search", "200 200 200 200 401 401", id -> get("/search")),
        row("GET /search.csv", "200 200 200 200 401 401", id -> get("/search.csv")),
        row("GET /search.json", "200 200 200 200 401 401", id -> get("/search.json")),
        row("GET /network", "200 200 200 200 401 401", id -> get("/network")),
        // Layers are public reads; no layer is loaded here, so one by id is a 404 for everyone.
        row("GET /api/v1/layers", "200 200 200 200 401 401", id -> get("/api/v1/layers")),
        row(
            "GET /api/v1/layers/{id}",
            "404 404 404 404 401 401",
            id -> get("/api/v1/layers/none-" + id)),
        row(
            "GET /api/v1/layers/{id}/stats",
            "404 404 404 404 401 401",
            id -> get("/api/v1/layers/none-" + id + "/stats")),
        row(
            "GET /api/v1/layers/{id}/coverage",
            "404 404 404 404 401 401",
            id -> get("/api/v1/layers/none-" + id + "/coverage")),
        row("GET /api/v1/indicators", "200 200 200 200 401 401", id -> get("/api/v1/indicators")),
        row("GET /api/v1/crosstab", "400 400 400 400 401 401", id -> get("/api/v1/crosstab")),
        row("GET /layers", "200 200 200 200 401 401", id -> get("/layers")),
        row("GET /layers/{id}", "404 404 404 404 401 401", id -> get("/layers/none-" + id)),
        row("GET /coverage", "200 200 200 200 401 401", id -> get("/coverage")),
        row("GET /crosstab", "200 200 200 200 401 401", id -> get("/crosstab")),
        row("GET /organizations", "200 200 200 200 401 401", id -> get("/organizations")),
        row("GET /about", "200 200 200 200 401 401", id -> get("/about")),
        row("GET /methodology", "200 200 200 200 401 401", id -> get("/methodology")),
        row("GET /countries/{code}", "200 200 200 200 401 401", id -> get("/countries/UG")),
        row(
            "GET /transfers/{id}",
            "200 200 200 200 401 401",
            id -> get("/transfers/" + seed(id, PublicationState.PUBLISHED))),
        row(
            "GET /organizations/{id}",
            "200 200 200 200 401 401",
            id -> get("/organizations/" + seedOrganization(id))),
        // Accounts
        row("GET /login", "200 200 200 200 401 401", id -> get("/login")),
        row("GET /account/password", "302 200 200 200 401 401", id -> get("/account/password")),
        row(
            "POST /account/password",
            "403 400 400 400 401 401",
            "wrong current password",
            id ->
                post("/account/password")
                    .param("current", "not-it")
                    .param("password", "a-new-long-password")
                    .param("confirm", "a-new-long-password")),
        row("ANY /forbidden", "403 403 403 403 401 401", id -> get("/forbidden")),
        // Admin pages
        row("GET /admin/audit", "302 403 403 200 401 401", id -> get("/admin/audit")),
        row("GET /admin/users", "302 403 403 200 401 401", id -> get("/admin/users")),
        row(
            "POST /admin/users/{name}/disable",
            "403 403 403 302 401 401",
            id -> post("/admin/users/" + user(Role.CONTRIBUTOR) + "/disable")),
        row(
            "POST /admin/users/{name}/enable",
            "403 403 403 302 401 401",
            id -> post("/admin/users/" + user(Role.CONTRIBUTOR) + "/enable")),
        row(
            "POST /admin/tokens/{id}/revoke",
            "403 403 403 302 401 401",
            id -> post("/admin/tokens/" + tokenId() + "/revoke")),
        // Review workflow, right of reply, extraction (merged rows)
        row(
            "PUT /api/v1/transfers/{id}",
            "401 202 202 202 401 401",
            "published: a proposal",
            id ->
                putJson(
                    "/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED),
                    json(id).replace("Cameras for", "More cameras for"))),
        row(
            "POST /api/v1/transfers/{id}/sources",
            "401 200 200 200 401 401",
            id ->
                postJson(
                    "/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/sources",
                    "{\"url\":\"https://example.org/more\",\"publisher\":\"More\"}")),
        row(
            "POST /api/v1/organizations",
            "401 201 201 201 401 401",
            id -> postJson("/api/v1/organizations", orgJson(id))),
        row(
            "PUT /api/v1/organizations/{id}",
            "401 200 200 200 401 401",
            id ->
                putJson(
                    "/api/v1/organizations/" + seedOrg(id, PublicationState.DRAFT),
                    orgJson(id).replace("Matrix Lenses", "Matrix Lenses AG"))),
        row(
            "POST /api/v1/organizations/{id}/submit",
            "401 200 200 200 401 401",
            id -> post("/api/v1/organizations/" + seedOrg(id, PublicationState.DRAFT) + "/submit")),
        row(
            "POST /api/v1/organizations/{id}/publish",
            "401 403 200 200 401 401",
            id ->
                post(
                    "/api/v1/organizations/"
                        + seedOrg(id, PublicationState.IN_REVIEW)
                        + "/publish")),
        row(
            "POST /api/v1/organizations/{id}/retract",
            "401 403 200 200 401 401",
            id ->
                postJson(
                    "/api/v1/organizations/" + seedOrg(id, PublicationState.PUBLISHED) + "/retract",
                    "{\"reason\":\"a duplicate\"}")),
        row("GET /api/v1/proposals", "401 200 200 200 401 401", id -> get("/api/v1/proposals")),
        row(
            "POST /api/v1/proposals/{id}/approve",
            "401 403 200 200 401 401",
            id -> post("/api/v1/proposals/" + seedProposal(id) + "/approve")),
        row(
            "POST /api/v1/proposals/{id}/reject",
            "401 403 200 200 401 401",
            id ->
                postJson(
                    "/api/v1/proposals/" + seedProposal(id) + "/reject",
                    "{\"reason\":\"unsupported\"}")),
        row("GET /review", "302 200 200 200 401 401", id -> get("/review")),
        row(
            "GET /review/compare/{left}/{right}",
            "302 200 200 200 401 401",
            id -> get("/review/compare/T0011/T0405")),
        row("GET /edit/transfers/new", "302 200 200 200 401 401", id -> get("/edit/transfers/new")),
        row(
            "GET /edit/organizations/{id}",
            "302 200 200 200 401 401",
            id -> get("/edit/organizations/" + seedOrg(id, PublicationState.DRAFT))),
        row(
            "POST /edit/transfers/{id}/sources/new",
            "403 302 302 302 401 401",
            id ->
                post("/edit/transfers/" + seed(id, PublicationState.DRAFT) + "/sources/new")
                    .param("url", "https://example.org/form-source")
                    .param("publisher", "Form")),
        row(
            "POST /edit/organizations/new",
            "403 302 302 302 401 401",
            id ->
                post("/edit/organizations/new")
                    .param("id", id)
                    .param("name", "Matrix Lenses")
                    .param("kind", "vendor")),
        row(
            "POST /review/{kind:transfers|organizations}/{id}/publish",
            "403 403 302 302 401 401",
            "a transfer",
            id -> post("/review/transfers/" + seed(id, PublicationState.IN_REVIEW) + "/publish")),
        row(
            "POST /review/proposals/{id}/reject",
            "403 403 302 302 401 401",
            id ->
                post("/review/proposals/" + seedProposal(id) + "/reject")
                    .param("reason", "unsupported")),
        row(
            "GET /edit/transfers/{id}",
            "302 200 200 200 401 401",
            id -> get("/edit/transfers/" + seed(id, PublicationState.DRAFT))),
        row(
            "GET /edit/transfers/{id}/sources/new",
            "302 200 200 200 401 401",
            id -> get("/edit/transfers/" + seed(id, PublicationState.PUBLISHED) + "/sources/new")),
        row(
            "GET /edit/organizations/new",
            "302 200 200 200 401 401",
            id -> get("/edit/organizations/new")),
        row(
            "POST /edit/transfers/new",
            "403 302 302 302 401 401",
            id ->
                post("/edit/transfers/new")
                    .param("suppliers", "Matrix Optics")
                    .param("recipient_country", "UG")
                    .param("technologies", "video_surveillance")
                    .param("status", "delivered")),
        row(
            "POST /edit/transfers/{id}",
            "403 302 302 302 401 401",
            id ->
                post("/edit/transfers/" + seed(id, PublicationState.DRAFT))
                    .param("suppliers", "Matrix Optics")
                    .param("supplier_country", "CN")
                    .param("recipient_country", "UG")
                    .param("technologies", "video_surveillance")
                    .param("status", "delivered")
                    .param("summary", "Changed in the form.")),
        row(
            "POST /edit/transfers/{id}/submit",
            "403 302 302 302 401 401",
            id -> post("/edit/transfers/" + seed(id, PublicationState.DRAFT) + "/submit")),
        row(
            "POST /edit/{kind:transfers|organizations}/{id}/discard",
            "403 302 302 302 401 401",
            id ->
                post("/edit/transfers/" + seed(id, PublicationState.DRAFT) + "/discard")
                    .param("reason", "a duplicate")),
        row(
            "POST /edit/transfers/{id}/merge-into/{target}",
            "403 302 302 302 401 401",
            id ->
                post(
                    "/edit/transfers/"
                        + seed(id, PublicationState.DRAFT)
                        + "/merge-into/"
                        + seed(id + "-target", PublicationState.PUBLISHED))),
        row("GET /my-work", "302 200 200 200 401 401", id -> get("/my-work")),
        row(
            "POST /edit/organizations/{id}",
            "403 302 302 302 401 401",
            id ->
                post("/edit/organizations/" + seedOrg(id, PublicationState.DRAFT))
                    .param("name", "Matrix Lenses GmbH")
                    .param("kind", "vendor")),
        row(
            "POST /edit/organizations/{id}/submit",
            "403 302 302 302 401 401",
            id -> post("/edit/organizations/" + seedOrg(id, PublicationState.DRAFT) + "/submit")),
        row(
            "POST /review/{kind:transfers|organizations}/{id}/send-back",
            "403 403 302 302 401 401",
            "a transfer",
            id ->
                post("/review/transfers/" + seed(id, PublicationState.IN_REVIEW) + "/send-back")
                    .param("reason", "needs more")),
        row(
            "POST /review/{kind:transfers|organizations}/{id}/publish",
            "403 403 302 302 401 401",
            "an organization",
            id ->
                post(
                    "/review/organizations/"
                        + seedOrg(id, PublicationState.IN_REVIEW)
                        + "/publish")),
        row(
            "POST /review/{kind:transfers|organizations}/{id}/send-back",
            "403 403 302 302 401 401",
            "an organization",
            id ->
                post("/review/organizations/"
                        + seedOrg(id, PublicationState.IN_REVIEW)
                        + "/send-back")
                    .param("reason", "needs more")),
        row(
            "POST /review/proposals/{id}/approve",
            "403 403 302 302 401 401",
            id -> post("/review/proposals/" + seedProposal(id) + "/approve")),
        row(
            "GET /api/v1/transfers/{id}/responses",
            "200 200 200 200 401 401",
            "published",
            id -> get("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/responses")),
        row(
            "GET /api/v1/transfers/{id}/responses",
            "404 404 200 200 401 401",
            "draft",
            id -> get("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/responses")),
        row(
            "GET /api/v1/transfers/{id}/history",
            "200 200 200 200 401 401",
            "published",
            id -> get("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/history")),
        row(
            "GET /api/v1/transfers/{id}/history",
            "404 404 200 200 401 401",
            "draft",
            id -> get("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/history")),
        row(
            "GET /api/v1/organizations/{id}/history",
            "200 200 200 200 401 401",
            "published",
            id -> get("/api/v1/organizations/" + seedOrganization(id) + "/history")),
        row(
            "POST /api/v1/transfers/{id}/responses",
            "401 201 201 201 401 401",
            id ->
                postJson(
                    "/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/responses",
                    RESPONSE_JSON)),
        row(
            "POST /api/v1/transfers/{id}/responses/{responseId}/publish",
            "401 403 200 200 401 401",
            id -> post(seedResponse(id, PublicationState.IN_REVIEW) + "/publish")),
        row(
            "POST /api/v1/transfers/{id}/responses/{responseId}/retract",
            "401 403 200 200 401 401",
            id ->
                postJson(
                    seedResponse(id, PublicationState.PUBLISHED) + "/retract",
                    "{\"reason\":\"not from the company\"}")),
        // Right of reply and history pages, account settings
        row("GET /account", "302 200 200 200 401 401", id -> get("/account")),
        row(
            "POST /account/public-name",
            "403 302 302 302 401 401",
            id -> post("/account/public-name").param("public_name", "true")),
        row(
            "GET /transfers/{id}/history",
            "200 200 200 200 401 401",
            "published",
            id -> get("/transfers/" + seed(id, PublicationState.PUBLISHED) + "/history")),
        row(
            "GET /transfers/{id}/history",
            "404 404 404 404 401 401",
            "draft",
            id -> get("/transfers/" + seed(id, PublicationState.DRAFT) + "/history")),
        row(
            "GET /organizations/{id}/history",
            "200 200 200 200 401 401",
            id -> get("/organizations/" + seedOrganization(id) + "/history")),
        row(
            "POST /transfers/{id}/responses",
            "403 302 302 302 401 401",
            id ->
                post("/transfers/" + seed(id, PublicationState.PUBLISHED) + "/responses")
                    .param("responder_name", "Matrix Optics")
                    .param("responder_kind", "company")
                    .param("date", "2024-01-15")
                    .param("text", "We deny this sale.")),
        row(
            "POST /transfers/{id}/responses/{responseId}/publish",
            "403 403 302 302 401 401",
            id ->
                post(
                    seedResponse(id, PublicationState.IN_REVIEW).replace("/api/v1", "")
                        + "/publish")),
        // Extraction and its review
        row(
            "POST /api/v1/extract",
            "401 200 200 200 401 401",
            id ->
                postJson(
                    "/api/v1/extract",
                    "{\"text\":\"" + ARTICLE + "\",\"doc_date\":\"2021-02-03\"}")),
        row(
            "GET /api/v1/extract/labels",
            "401 403 200 200 401 401",
            id -> get("/api/v1/extract/labels")),
        row("GET /review/extract", "302 200 200 200 401 401", id -> get("/review/extract")),
        row(
            "POST /review/extract",
            "403 302 302 302 401 401",
            id -> post("/review/extract").param("text", ARTICLE).param("doc_date", "2021-02-03")),
        row(
            "GET /review/extract/documents/{id}",
            "302 200 200 200 401 401",
            id -> get("/review/extract/documents/" + seedDocument())),
        row(
            "GET /review/extract/documents/{id}/candidates/{number}/edit",
            "302 200 200 200 401 401",
            id -> get("/review/extract/documents/" + seedDocument() + "/candidates/1/edit")),
        row(
            "POST /review/extract/documents/{id}/candidates/{number}/accept",
            "403 302 302 302 401 401",
            id -> post("/review/extract/documents/" + seedDocument() + "/candidates/1/accept")),
        row(
            "POST /review/extract/documents/{id}/candidates/{number}/edit",
            "403 400 400 400 401 401",
            "an incomplete form",
            id ->
                post("/review/extract/documents/" + seedDocument() + "/candidates/1/edit")
                    .param("recipient_country", "ZZ")),
        row(
            "POST /review/extract/documents/{id}/candidates/{number}/reject",
            "403 302 302 302 401 401",
            id ->
                post("/review/extract/documents/" + seedDocument() + "/candidates/1/reject")
                    .param("reason", "not a transfer")),
        row(
            "GET /review/extract/documents/{id}/candidates/{number}/compare/{transferId}",
            "302 200 200 200 401 401",
            id ->
                get("/review/extract/documents/" + seedDocument() + "/candidates/1/compare/T0011")),
        row(
            "POST /review/extract/documents/{id}/candidates/{number}/add-source/{transferId}",
            "403 302 302 302 401 401",
            id ->
                post(
                    "/review/extract/documents/"
                        + seedDocument()
                        + "/candidates/1/add-source/T0011")),
        row(
            "POST /review/extract/documents/{id}/date",
            "403 302 302 302 401 401",
            id ->
                post("/review/extract/documents/" + seedDocument() + "/date")
                    .param("doc_date", "2021-02-03")),
        row(
            "GET /review/extract/drafts/{transferId}",
            "302 404 200 200 401 401",
            "accepted by someone else",
            id -> get("/review/extract/drafts/" + seedAcceptedDraft())),
        // Screening: open to all (rate-limited); saving a report needs an account (ADR 0019)
        row(
            "POST /api/v1/screen",
            "200 200 200 200 401 401",
            "names as JSON",
            id -> postJson("/api/v1/screen", "{\"names\":[\"Hikvison\",\"Acme Bakery\"]}")),
        row(
            "POST /api/v1/screen",
            "401 200 200 200 401 401",
            "saved as a report",
            id -> postJson("/api/v1/screen", "{\"names\":[\"Hikvison\"],\"save\":true}")),
        row(
            "POST /api/v1/screen",
            "200 200 200 200 401 401",
            "a file",
            id ->
                multipart("/api/v1/screen")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "names.csv",
                            "text/csv",
                            "name\nHikvision Europe B.V.\n".getBytes(StandardCharsets.UTF_8)))),
        row(
            "GET /api/v1/screen/reports/{id}",
            "200 200 200 200 401 401",
            id -> get("/api/v1/screen/reports/" + seedReport())),
        row("GET /screen", "200 200 200 200 401 401", id -> get("/screen")),
        row(
            "POST /screen",
            "403 200 200 200 401 401",
            id -> post("/screen").param("names", "Hikvison\nAcme Bakery")),
        row(
            "GET /screen/reports/{id}",
            "200 200 200 200 401 401",
            id -> get("/screen/reports/" + seedReport())),
        // API documentation and the framework's own
        row("GET /v3/api-docs", "200 200 200 200 401 401", id -> get("/v3/api-docs")),
        row("GET /v3/api-docs.yaml", "200 200 200 200 401 401", id -> get("/v3/api-docs.yaml")),
        row(
            "GET /v3/api-docs/swagger-config",
            "200 200 200 200 401 401",
            id -> get("/v3/api-docs/swagger-config")),
        row("GET /swagger-ui.html", "302 302 302 302 401 401", id -> get("/swagger-ui.html")),
        row("ANY /error", "500 500 500 500 401 401", id -> get("/error")),
        row("GET /actuator/health", "200 200 200 200 401 401", id -> get("/actuator/health")));
  }

  @Test
  void everyCallerGetsTheStatusItsRoleAllows() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Row row : matrix()) {
      for (Caller caller : Caller.values()) {
        String id = "M-" + UUID.randomUUID().toString().substring(0, 8);
        AbstractMockHttpServletRequestBuilder<?> request = row.request().apply(id);
        if (headers.containsKey(caller)) {
          request.header("Authorization", headers.get(caller));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        int expected = row.expected()[caller.ordinal()];
        if (status != expected) {
          wrong.add(
              row.endpoint()
                  + (row.note().isEmpty() ? "" : " (" + row.note() + ")")
                  + " as "
                  + caller
                  + ": "
                  + status
                  + ", expected "
                  + expected);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRegisteredEndpointHasARowAndEveryRowAnEndpoint() {
    Set<String> registered = new TreeSet<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (methods.isEmpty()) {
            registered.add("ANY " + pattern);
          }
          for (RequestMethod method : methods) {
            registered.add(method.name() + " " + pattern);
          }
        }
      }
    }
    Set<String> rows = new TreeSet<>();
    for (Row row : matrix()) {
      assertThat(row.expected()).as(row.endpoint()).hasSize(Caller.values().length);
      rows.add(row.endpoint());
    }
    Set<String> missing = new TreeSet<>(registered);
    missing.removeAll(rows);
    Set<String> stale = new TreeSet<>(rows);
    stale.removeAll(registered);
    stale.removeAll(OUTSIDE_CONTROLLERS);
    assertThat(missing).as("endpoints without a row in the authorization matrix").isEmpty();
    assertThat(stale).as("rows for endpoints that are not registered").isEmpty();
  }

  /** A saved screening report, by someone other than every caller; its id. */
  private String seedReport() {
    return screeningReports
        .save(
            "seeder",
            1,
            "0".repeat(64),
            0.8,
            1,
            0,
            List.of(
                new ScreeningReports.Row(
                    1, "Acme Bakery", null, null, null, null, null, null, null, null, null)))
        .id();
  }

  /** A fresh token (of a fresh contributor) to revoke; its id. */
  private long tokenId() {
    return accounts
        .createToken(user(Role.CONTRIBUTOR), Role.CONTRIBUTOR, Duration.ofDays(1))
        .token()
        .id();
  }

  /** Stores a published organization and returns its id. */
  private String seedOrganization(String id) {
    writer.saveOrganizations(
        List.of(TestRecords.vendor(id, "Matrix Org " + id, "CN", PublicationState.PUBLISHED)),
        "seeder",
        "matrix fixture");
    return id;
  }

  /** Stores a record in the given state, written by someone other than every caller. */
  private String seed(String id, PublicationState state) {
    writer.saveTransfers(List.of(transfer(id, state)), "seeder", "matrix fixture");
    return id;
  }

  public static Transfer transfer(String id, PublicationState state) {
    return TestRecords.transfer(id, "Matrix Optics", "UG", "Cameras for the matrix test.", state);
  }

  public static String json(String id) {
    return """
        {"id":"%s","supplier_orgs":[{"name":"Matrix Optics"}],"supplier_country":"CN",
         "recipient_country":"UG","technologies":["video_surveillance"],"status":"delivered",
         "year_start":2020,"summary":"Cameras for the matrix test.",
         "sources":[{"url":"https://example.org/%s","publisher":"Example News","date":"2020-01-01",
                     "evidence":"cameras were sold"}]}
        """
        .formatted(id, id);
  }

  static final String RESPONSE_JSON =
      """
      {"responder_name":"Matrix Optics","responder_kind":"company","date":"2024-01-15",
       "text":"We deny this sale.","link":"https://example.org/denial"}
      """;

  /**
   * A published transfer with a response in the given state, added (and published) by someone other
   * than every caller; returns the response's API path.
   */
  private String seedResponse(String id, PublicationState state) {
    seed(id, PublicationState.PUBLISHED);
    String rid =
        responses
            .add(
                new TransferResponse(
                    null,
                    id,
                    "Matrix Optics",
                    ResponderKind.COMPANY,
                    null,
                    null,
                    "2024-01-15",
                    "We deny this sale.",
                    null,
                    null),
                "seeder",
                "matrix fixture")
            .response()
            .id();
    if (state != PublicationState.IN_REVIEW) {
      responses.setState(id, rid, state, "seeding-reviewer", "matrix fixture");
    }
    return "/api/v1/transfers/" + id + "/responses/" + rid;
  }

  private String seedOrg(String id, PublicationState state) {
    writer.saveOrganizations(
        List.of(TestRecords.vendor(id, "Matrix Lenses", "DE", state)), "seeder", "matrix fixture");
    return id;
  }

  /** A pending proposal by someone other than every caller, on a fresh published transfer. */
  private long seedProposal(String id) {
    seed(id, PublicationState.PUBLISHED);
    return proposals
        .propose(
            RegisterWriter.TRANSFER,
            id,
            1,
            TransferJson.snapshot(
                new Transfer(
                    id,
                    List.of(new OrganizationRef(null, "Matrix Optics", List.of())),
                    "CN",
                    "UG",
                    "Police",
                    List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
                    TransferStatus.DELIVERED,
                    2021,
                    null,
                    null,
                    null,
                    "Cameras for the matrix test.",
                    transfer(id, PublicationState.PUBLISHED).sources(),
                    PublicationState.PUBLISHED)),
            "seeder",
            "matrix fixture")
        .id();
  }

  static String orgJson(String id) {
    return """
        {"id":"%s","name":"Matrix Lenses","country":"DE","kind":"vendor"}
        """
        .formatted(id);
  }

  /** A news-like text with one transfer (sl-01 of eval/sightline-gold.jsonl), JSON-safe. */
  static final String ARTICLE =
      "NAIROBI \u2014 Kenya's National Police Service has switched on the second phase of its Safe"
          + " City network, adding 1,800 high-definition cameras across Nairobi and Mombasa. The"
          + " system was supplied by Huawei under a contract worth KES 1.5 billion signed in 2019,"
          + " with Safaricom acting as prime contractor.";

  /** A document submitted for extraction by someone other than every caller. */
  private long seedDocument() {
    return extraction
        .submit(
            // A text of its own: the same candidate on the same text becomes one draft only.
            ExtractionService.Submission.of(
                null,
                ARTICLE + " Reference " + UUID.randomUUID() + ".",
                "2021-02-03",
                "https://example.org/nairobi",
                "Matrix"),
            "seeder")
        .document()
        .id();
  }

  /** A draft accepted from a document by someone other than every caller. */
  private String seedAcceptedDraft() {
    return extraction.accept(seedDocument(), 0, "seeder");
  }
}
