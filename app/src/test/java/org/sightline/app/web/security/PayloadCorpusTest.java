package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.sightline.app.testing.JsonRequests.putJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.Payloads;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.accounts.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every payload of the corpus (XSS, SQL injection, unicode tricks) goes through every text field of
 * the write API and comes back byte for byte; the tables are still there with the right counts, and
 * the payloads as search queries are answered, never with a server error.
 */
class PayloadCorpusTest extends SecurityTestContext {
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void everyPayloadInEveryFieldIsStoredAndReadBackUnchanged() throws Exception {
    List<String> payloads = Payloads.all();
    assertThat(payloads).hasSizeGreaterThan(40);
    String contributor = bearer(token(Role.CONTRIBUTOR));
    String reviewer = bearer(token(Role.REVIEWER));
    long transfersBefore = count("transfer");
    long revisionsBefore = count("revision");

    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      String id = "PAY-" + i;
      String created = transfer(id, p, "Summary " + p).toString();
      if (!answers(
          postJson("/api/v1/transfers", contributor, created), 201, wrong, i + " create")) {
        continue;
      }
      // A change carries the payload too.
      String changed = transfer(id, p, p).toString();
      if (!answers(
          putJson("/api/v1/transfers/" + id, contributor, changed), 200, wrong, i + " change")) {
        continue;
      }
      JsonNode t = JSON.readTree(body(get("/api/v1/transfers/" + id), reviewer));
      expect(wrong, i, "summary", t.path("summary"), p);
      expect(wrong, i, "end_user", t.path("end_user"), p);
      expect(wrong, i, "supplier name", t.path("supplier_orgs").path(0).path("name"), p);
      expect(wrong, i, "financing lender", t.path("financing").path("lender"), p);
      JsonNode source = t.path("sources").path(0);
      expect(wrong, i, "source publisher", source.path("publisher"), p);
      expect(wrong, i, "source evidence", source.path("evidence"), p);
      expect(wrong, i, "source url", source.path("url"), linkWith(p));
    }
    assertThat(wrong).isEmpty();

    assertThat(count("transfer")).isEqualTo(transfersBefore + payloads.size());
    assertThat(count("revision")).isEqualTo(revisionsBefore + 2L * payloads.size());
    assertThat(count("account")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void payloadsInOrganizationsAndResponsesAreStoredAndReadBackUnchanged() throws Exception {
    String contributor = bearer(token(Role.CONTRIBUTOR));
    String reviewer = bearer(token(Role.REVIEWER));
    String transfer = "PAY-R";
    call(post("/api/v1/transfers"), contributor, transfer(transfer, "Vendor", "Summary"), 201);
    call(post("/api/v1/transfers/" + transfer + "/submit"), contributor, null, 200);
    call(post("/api/v1/transfers/" + transfer + "/publish"), reviewer, null, 200);

    List<String> payloads = Payloads.all();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      // Organizations and responses trim surrounding whitespace; everything else is kept as sent.
      String kept = p.strip();
      String org = "pay-org-" + i;
      ObjectNode o = JSON.createObjectNode();
      o.put("id", org);
      o.put("name", "Org " + i + " " + p);
      o.putArray("aliases").add(p);
      o.put("country", "DE");
      o.put("kind", "vendor");
      o.put("note", p);
      call(post("/api/v1/organizations"), contributor, o, 201);
      call(post("/api/v1/organizations/" + org + "/submit"), contributor, null, 200);
      call(post("/api/v1/organizations/" + org + "/publish"), reviewer, null, 200);
      JsonNode read = JSON.readTree(body(get("/api/v1/organizations/" + org), null));
      expect(wrong, i, "organization name", read.path("name"), "Org " + i + " " + kept);
      expect(wrong, i, "organization alias", read.path("aliases").path(0), kept);
      expect(wrong, i, "organization note", read.path("note"), kept);

      ObjectNode r = JSON.createObjectNode();
      r.put("responder_name", p);
      r.put("responder_kind", "company");
      r.put("date", "2024-01-15");
      r.put("text", p);
      r.put("how_obtained", p);
      call(post("/api/v1/transfers/" + transfer + "/responses"), contributor, r, 201);
    }
    JsonNode responses =
        JSON.readTree(body(get("/api/v1/transfers/" + transfer + "/responses"), reviewer));
    JsonNode list = responses.isArray() ? responses : responses.path("items");
    assertThat(list.size()).isEqualTo(payloads.size());
    for (int i = 0; i < payloads.size(); i++) {
      JsonNode r = list.get(i);
      String kept = payloads.get(i).strip();
      expect(wrong, i, "responder name", r.path("responder_name"), kept);
      expect(wrong, i, "response text", r.path("text"), kept);
      expect(wrong, i, "how obtained", r.path("how_obtained"), kept);
    }
    assertThat(wrong).isEmpty();
  }

  private void call(MockHttpServletRequestBuilder request, String auth, JsonNode json, int expected)
      throws Exception {
    request.header("Authorization", auth);
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.toString());
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus())
        .as(response.getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo(expected);
  }

  /** Sends a request; an answer other than the expected status is noted as wrong (false). */
  private boolean answers(
      MockHttpServletRequestBuilder request, int expected, List<String> wrong, String what)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() == expected) {
      return true;
    }
    wrong.add(what + " " + response.getStatus() + " " + response.getContentAsString());
    return false;
  }

  private String body(MockHttpServletRequestBuilder request, String auth) throws Exception {
    if (auth != null) {
      request.header("Authorization", auth);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aScriptUrlAsSourceIsRefusedAsInvalid() throws Exception {
    ObjectNode t = transfer("PAY-JS", "x", "x");
    ((ObjectNode) t.path("sources").path(0)).put("url", "javascript:window.__xss=1");
    MockHttpServletResponse response =
        mvc.perform(postJson("/api/v1/transfers", bearer(token(Role.CONTRIBUTOR)), t.toString()))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("source_url");
  }

  @Test
  void payloadsAsSearchQueriesAreAnsweredWithoutServerErrors() throws Exception {
    long before = count("transfer");
    for (String p : Payloads.all()) {
      int api =
          mvc.perform(get("/api/v1/transfers").param("q", p)).andReturn().getResponse().getStatus();
      assertThat(api).as("API search for %s", p).isIn(200, 400);
      int page = mvc.perform(get("/search").param("q", p)).andReturn().getResponse().getStatus();
      assertThat(page).as("search page for %s", p).isIn(200, 400);
      int filters =
          mvc.perform(get("/search").param("lender", p).param("supplier", p))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(filters).as("search filters with %s", p).isIn(200, 400);
    }
    assertThat(count("transfer")).isEqualTo(before);
  }

  static ObjectNode transfer(String id, String payload, String summary) {
    ObjectNode t = JSON.createObjectNode();
    t.put("id", id);
    ObjectNode org = t.putArray("supplier_orgs").addObject();
    org.put("name", payload);
    t.put("supplier_country", "CN");
    t.put("recipient_country", "UG");
    t.put("end_user", payload);
    t.putArray("technologies").add("video_surveillance");
    t.put("status", "delivered");
    t.put("year_start", 2020);
    ObjectNode financing = t.putObject("financing");
    financing.put("lender", payload);
    t.put("summary", summary);
    ObjectNode source = t.putArray("sources").addObject();
    source.put("url", linkWith(payload));
    source.put("publisher", payload);
    source.put("date", "2020-01-01");
    source.put("evidence", payload);
    return t;
  }

  /** A web link carrying the payload in its query, as a source URL must be http(s). */
  static String linkWith(String payload) {
    return "https://example.org/report?q=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  private static void expect(List<String> wrong, int i, String field, JsonNode node, String sent) {
    String got = node.isString() ? node.stringValue() : node.toString();
    if (!sent.equals(got)) {
      wrong.add(i + " " + field + ": sent [" + sent + "] got [" + got + "]");
    }
  }

  private long count(String table) throws Exception {
    try (Connection c = database.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
