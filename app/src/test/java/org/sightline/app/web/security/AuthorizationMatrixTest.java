package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferResponse;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.accounts.Role;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.TransferResponses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every write endpoint, the review and edit pages and a sample of read endpoints, called by every
 * kind of caller, with the status each must get. Each cell works on records of its own, so the
 * order of calls does not matter.
 */
class AuthorizationMatrixTest extends SecurityTestContext {
  enum Caller {
    ANONYMOUS,
    CONTRIBUTOR,
    REVIEWER,
    ADMIN,
    EXPIRED_TOKEN,
    REVOKED_TOKEN
  }

  @Autowired RegisterWriter writer;
  @Autowired TransferResponses responses;
  @Autowired Proposals proposals;

  private final Map<Caller, String> headers = new LinkedHashMap<>();

  @BeforeEach
  void callers() throws Exception {
    headers.put(Caller.CONTRIBUTOR, bearer(token(Role.CONTRIBUTOR)));
    headers.put(Caller.REVIEWER, bearer(token(Role.REVIEWER)));
    headers.put(Caller.ADMIN, bearer(token(Role.ADMIN)));
    headers.put(Caller.EXPIRED_TOKEN, bearer(expiredToken(Role.ADMIN)));
    headers.put(Caller.REVOKED_TOKEN, bearer(revokedToken(Role.ADMIN)));
  }

  /** One endpoint: how to call it on fresh records, and the status each caller must get. */
  record Row(
      String name, Function<String, MockHttpServletRequestBuilder> request, int... expected) {}

  @Test
  void everyCallerGetsTheStatusItsRoleAllows() throws Exception {
    //                                                           anon con  rev  adm  exp  rev'd
    List<Row> rows =
        List.of(
            new Row(
                "POST /api/v1/transfers",
                id ->
                    post("/api/v1/transfers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(id)),
                401,
                201,
                201,
                201,
                401,
                401),
            new Row(
                "PUT /api/v1/transfers/{id}",
                id ->
                    put("/api/v1/transfers/" + seed(id, PublicationState.DRAFT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(id)),
                401,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /{id}/submit",
                id -> post("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/submit"),
                401,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /{id}/publish",
                id ->
                    post("/api/v1/transfers/" + seed(id, PublicationState.IN_REVIEW) + "/publish"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "POST /{id}/retract",
                id ->
                    post("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/retract")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"source withdrawn\"}"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "PUT /api/v1/transfers/{published} (a proposal)",
                id ->
                    put("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(id).replace("Cameras for", "More cameras for")),
                401,
                202,
                202,
                202,
                401,
                401),
            new Row(
                "POST /api/v1/transfers/{id}/sources",
                id ->
                    post("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/sources")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://example.org/more\",\"publisher\":\"More\"}"),
                401,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /api/v1/organizations",
                id ->
                    post("/api/v1/organizations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orgJson(id)),
                401,
                201,
                201,
                201,
                401,
                401),
            new Row(
                "PUT /api/v1/organizations/{id}",
                id ->
                    put("/api/v1/organizations/" + seedOrg(id, PublicationState.DRAFT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(orgJson(id).replace("Matrix Lenses", "Matrix Lenses AG")),
                401,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /api/v1/organizations/{id}/submit",
                id ->
                    post(
                        "/api/v1/organizations/" + seedOrg(id, PublicationState.DRAFT) + "/submit"),
                401,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /api/v1/organizations/{id}/publish",
                id ->
                    post(
                        "/api/v1/organizations/"
                            + seedOrg(id, PublicationState.IN_REVIEW)
                            + "/publish"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "POST /api/v1/organizations/{id}/retract",
                id ->
                    post("/api/v1/organizations/"
                            + seedOrg(id, PublicationState.PUBLISHED)
                            + "/retract")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"a duplicate\"}"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "GET /api/v1/proposals",
                id -> get("/api/v1/proposals"),
                401,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /api/v1/proposals/{id}/approve",
                id -> post("/api/v1/proposals/" + seedProposal(id) + "/approve"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "POST /api/v1/proposals/{id}/reject",
                id ->
                    post("/api/v1/proposals/" + seedProposal(id) + "/reject")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"unsupported\"}"),
                401,
                403,
                200,
                200,
                401,
                401),
            // Pages: an anonymous browser is sent to sign in; a script without a role is refused.
            new Row("GET /review", id -> get("/review"), 302, 200, 200, 200, 401, 401),
            new Row(
                "GET /edit/transfers/new",
                id -> get("/edit/transfers/new"),
                302,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /edit/organizations/{id}",
                id -> get("/edit/organizations/" + seedOrg(id, PublicationState.DRAFT)),
                302,
                200,
                200,
                200,
                401,
                401),
            // Form posts: without a session there is no CSRF token, so anonymous posts stop at 403.
            new Row(
                "POST /edit/transfers/{id}/sources/new",
                id ->
                    post("/edit/transfers/" + seed(id, PublicationState.DRAFT) + "/sources/new")
                        .param("url", "https://example.org/form-source")
                        .param("publisher", "Form"),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /edit/organizations/new",
                id ->
                    post("/edit/organizations/new")
                        .param("id", id)
                        .param("name", "Matrix Lenses")
                        .param("kind", "vendor"),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /review/transfers/{id}/publish",
                id ->
                    post("/review/transfers/" + seed(id, PublicationState.IN_REVIEW) + "/publish"),
                403,
                403,
                302,
                302,
                401,
                401),
            new Row(
                "POST /review/proposals/{id}/reject",
                id ->
                    post("/review/proposals/" + seedProposal(id) + "/reject")
                        .param("reason", "unsupported"),
                403,
                403,
                302,
                302,
                401,
                401),
            new Row(
                "GET /edit/transfers/{id}",
                id -> get("/edit/transfers/" + seed(id, PublicationState.DRAFT)),
                302,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /edit/transfers/{id}/sources/new",
                id ->
                    get("/edit/transfers/" + seed(id, PublicationState.PUBLISHED) + "/sources/new"),
                302,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /edit/organizations/new",
                id -> get("/edit/organizations/new"),
                302,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /edit/transfers/new",
                id ->
                    post("/edit/transfers/new")
                        .param("suppliers", "Matrix Optics")
                        .param("recipient_country", "UG")
                        .param("technologies", "video_surveillance")
                        .param("status", "delivered"),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /edit/transfers/{id}",
                id ->
                    post("/edit/transfers/" + seed(id, PublicationState.DRAFT))
                        .param("suppliers", "Matrix Optics")
                        .param("supplier_country", "CN")
                        .param("recipient_country", "UG")
                        .param("technologies", "video_surveillance")
                        .param("status", "delivered")
                        .param("summary", "Changed in the form."),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /edit/transfers/{id}/submit",
                id -> post("/edit/transfers/" + seed(id, PublicationState.DRAFT) + "/submit"),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /edit/organizations/{id}",
                id ->
                    post("/edit/organizations/" + seedOrg(id, PublicationState.DRAFT))
                        .param("name", "Matrix Lenses GmbH")
                        .param("kind", "vendor"),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /edit/organizations/{id}/submit",
                id ->
                    post("/edit/organizations/" + seedOrg(id, PublicationState.DRAFT) + "/submit"),
                403,
                302,
                302,
                302,
                401,
                401),
            new Row(
                "POST /review/transfers/{id}/send-back",
                id ->
                    post("/review/transfers/" + seed(id, PublicationState.IN_REVIEW) + "/send-back")
                        .param("reason", "needs more"),
                403,
                403,
                302,
                302,
                401,
                401),
            new Row(
                "POST /review/organizations/{id}/publish",
                id ->
                    post(
                        "/review/organizations/"
                            + seedOrg(id, PublicationState.IN_REVIEW)
                            + "/publish"),
                403,
                403,
                302,
                302,
                401,
                401),
            new Row(
                "POST /review/organizations/{id}/send-back",
                id ->
                    post("/review/organizations/"
                            + seedOrg(id, PublicationState.IN_REVIEW)
                            + "/send-back")
                        .param("reason", "needs more"),
                403,
                403,
                302,
                302,
                401,
                401),
            new Row(
                "POST /review/proposals/{id}/approve",
                id -> post("/review/proposals/" + seedProposal(id) + "/approve"),
                403,
                403,
                302,
                302,
                401,
                401),
            new Row(
                "GET /api/v1/transfers",
                id -> get("/api/v1/transfers"),
                200,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /api/v1/transfers/{draft}",
                id -> get("/api/v1/transfers/" + seed(id, PublicationState.DRAFT)),
                404,
                404,
                200,
                200,
                401,
                401),
            new Row(
                "GET /api/v1/transfers/{published}",
                id -> get("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED)),
                200,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "POST /{id}/responses",
                id ->
                    post("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/responses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RESPONSE_JSON),
                401,
                201,
                201,
                201,
                401,
                401),
            new Row(
                "POST /{id}/responses/{rid}/publish",
                id -> post(seedResponse(id, PublicationState.IN_REVIEW) + "/publish"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "POST /{id}/responses/{rid}/retract",
                id ->
                    post(seedResponse(id, PublicationState.PUBLISHED) + "/retract")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"not from the company\"}"),
                401,
                403,
                200,
                200,
                401,
                401),
            new Row(
                "GET /{published}/responses",
                id ->
                    get("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/responses"),
                200,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /{draft}/responses",
                id -> get("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/responses"),
                404,
                404,
                200,
                200,
                401,
                401),
            new Row(
                "GET /{published}/history",
                id -> get("/api/v1/transfers/" + seed(id, PublicationState.PUBLISHED) + "/history"),
                200,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /{draft}/history",
                id -> get("/api/v1/transfers/" + seed(id, PublicationState.DRAFT) + "/history"),
                404,
                404,
                200,
                200,
                401,
                401),
            new Row(
                "GET /api/v1/organizations/{published}/history",
                id -> get("/api/v1/organizations/" + seedOrganization(id) + "/history"),
                200,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /api/v1/countries",
                id -> get("/api/v1/countries"),
                200,
                200,
                200,
                200,
                401,
                401),
            new Row(
                "GET /actuator/health",
                id -> get("/actuator/health"),
                200,
                200,
                200,
                200,
                401,
                401));

    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      for (Caller caller : Caller.values()) {
        String id = "M-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletRequestBuilder request = row.request().apply(id);
        if (headers.containsKey(caller)) {
          request.header("Authorization", headers.get(caller));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        int expected = row.expected()[caller.ordinal()];
        if (status != expected) {
          wrong.add(row.name() + " as " + caller + ": " + status + ", expected " + expected);
        }
      }
    }
    assertThat(wrong).isEmpty();
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

  private String seedOrganization(String id) {
    writer.saveOrganizations(
        List.of(
            new Organization(
                id,
                "Matrix Org " + id,
                List.of(),
                "CN",
                OrganizationKind.VENDOR,
                null,
                null,
                null,
                PublicationState.PUBLISHED)),
        "seeder",
        "matrix fixture");
    return id;
  }

  /** Stores a record in the given state, written by someone other than every caller. */
  private String seed(String id, PublicationState state) {
    writer.saveTransfers(List.of(transfer(id, state)), "seeder", "matrix fixture");
    return id;
  }

  private String seedOrg(String id, PublicationState state) {
    writer.saveOrganizations(
        List.of(
            new Organization(
                id,
                "Matrix Lenses",
                List.of(),
                "DE",
                OrganizationKind.VENDOR,
                null,
                null,
                null,
                state)),
        "seeder",
        "matrix fixture");
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

  static Transfer transfer(String id, PublicationState state) {
    return new Transfer(
        id,
        List.of(new OrganizationRef(null, "Matrix Optics", List.of())),
        "CN",
        "UG",
        "Police",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        TransferStatus.DELIVERED,
        2020,
        null,
        null,
        null,
        "Cameras for the matrix test.",
        List.of(
            new Source(
                "https://example.org/" + id, "Example News", "2020-01-01", "cameras were sold")),
        state);
  }

  static String json(String id) {
    return """
        {"id":"%s","supplier_orgs":[{"name":"Matrix Optics"}],"supplier_country":"CN",
         "recipient_country":"UG","technologies":["video_surveillance"],"status":"delivered",
         "year_start":2020,"summary":"Cameras for the matrix test.",
         "sources":[{"url":"https://example.org/%s","publisher":"Example News","date":"2020-01-01",
                     "evidence":"cameras were sold"}]}
        """
        .formatted(id, id);
  }
}
