package org.sightline.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.sightline.app.testing.JsonRequests.putJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.core.model.Revision;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A contributor drafts a transfer, a reviewer edits it and may then not publish it, a second
 * reviewer does. Until then no public path shows it: API list and detail, full-text search, the
 * country figures and the search page.
 */
class ReviewWorkflowTest extends SecurityTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired Register register;

  @Test
  void aDraftStaysInvisibleUntilASecondPersonPublishesIt() throws Exception {
    String contributorName = user(Role.CONTRIBUTOR);
    String contributor = tokenOf(contributorName);
    String editorName = user(Role.REVIEWER);
    String editor = tokenOf(editorName);
    String publisherName = user(Role.REVIEWER);
    String publisher = tokenOf(publisherName);
    int icelandBefore = icelandCount();

    JsonNode created =
        body(
            mvc.perform(postJson("/api/v1/transfers", contributor, draft("Zyxwvutsr Optics")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("draft")));
    String id = created.get("id").asString();
    assertThat(id).startsWith("T-");

    assertInvisible(id);
    mvc.perform(get("/api/v1/transfers/" + id).header("Authorization", editor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supplier_orgs[0].name").value("Zyxwvutsr Optics"));

    mvc.perform(post("/api/v1/transfers/" + id + "/submit").header("Authorization", contributor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("in_review"));
    mvc.perform(post("/api/v1/transfers/" + id + "/publish").header("Authorization", contributor))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("forbidden"));

    // The first reviewer corrects the summary, so that reviewer may not publish the result.
    mvc.perform(
            putJson(
                "/api/v1/transfers/" + id,
                editor,
                draft("Zyxwvutsr Optics").replace("CCTV cameras", "CCTV cameras and servers")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("in_review"));
    mvc.perform(post("/api/v1/transfers/" + id + "/publish").header("Authorization", editor))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("two_person_rule"));
    assertInvisible(id);

    mvc.perform(
            postJson(
                "/api/v1/transfers/" + id + "/publish",
                publisher,
                "{\"reason\":\"checked against the source\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("published"));

    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary").value(containsString("and servers")));
    mvc.perform(get("/api/v1/transfers").param("q", "Zyxwvutsr"))
        .andExpect(jsonPath("$.total").value(1));
    assertVisibleEverywhere(id);
    assertThat(icelandCount()).isEqualTo(icelandBefore + 1);
    mvc.perform(get("/search").param("q", "Zyxwvutsr"))
        .andExpect(content().string(containsString(id)));
    // The public history names roles, never the contributors' pseudonyms.
    mvc.perform(get("/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("a reviewer")))
        .andExpect(content().string(not(containsString(contributorName))))
        .andExpect(content().string(not(containsString(editorName))))
        .andExpect(content().string(not(containsString(publisherName))));

    List<Revision> history = register.history(RegisterWriter.TRANSFER, id);
    assertThat(history)
        .extracting(Revision::action, Revision::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("create", contributorName),
            org.assertj.core.groups.Tuple.tuple("state", contributorName),
            org.assertj.core.groups.Tuple.tuple("update", editorName),
            org.assertj.core.groups.Tuple.tuple("publish", publisherName));
    assertThat(history.get(3).reason()).isEqualTo("checked against the source");

    // Retracting needs a reason, and takes the record off every public path again.
    decideGivingAReason("/api/v1/transfers/" + id + "/retract", editor, "the source was withdrawn")
        .andExpect(jsonPath("$.state").value("retracted"));
    assertInvisible(id);
    assertThat(icelandCount()).isEqualTo(icelandBefore);
  }

  @Test
  void invalidRecordsAre400WithFieldLevelMessages() throws Exception {
    String contributor = bearer(token(Role.CONTRIBUTOR));

    mvc.perform(
            postJson("/api/v1/transfers", contributor, draft("Acme").replace("\"IS\"", "\"ZZ\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("validation_failed"))
        .andExpect(jsonPath("$.violations[0].field").value("recipient_country"));
    mvc.perform(postJson("/api/v1/transfers", contributor, "{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("json"))
        .andExpect(content().string(not(containsString("Exception"))));
  }

  @Test
  void aTransferWithoutEvidenceCannotBePublished() throws Exception {
    String contributor = bearer(token(Role.CONTRIBUTOR));
    String reviewer = bearer(token(Role.REVIEWER));
    String id =
        body(mvc.perform(
                postJson(
                    "/api/v1/transfers",
                    contributor,
                    draft("Quietly Sourced Ltd")
                        .replace(",\"evidence\":\"The ministry bought CCTV cameras.\"", ""))))
            .get("id")
            .asString();
    mvc.perform(post("/api/v1/transfers/" + id + "/submit").header("Authorization", contributor))
        .andExpect(status().isOk());

    mvc.perform(post("/api/v1/transfers/" + id + "/publish").header("Authorization", reviewer))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("sources"));
  }

  private void assertInvisible(String id) throws Exception {
    mvc.perform(get("/api/v1/transfers/" + id)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/transfers").param("q", "Zyxwvutsr"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/transfers").param("country", "IS").param("size", "500"))
        .andExpect(content().string(not(containsString(id))));
    mvc.perform(get("/api/v1/countries/IS")).andExpect(content().string(not(containsString(id))));
    mvc.perform(get("/search").param("q", "Zyxwvutsr"))
        .andExpect(content().string(not(containsString(id))));
    mvc.perform(get("/transfers/" + id)).andExpect(status().isNotFound());
    for (String path : EVERY_PUBLIC_LISTING) {
      mvc.perform(listing(path))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString(id))))
          .andExpect(content().string(not(containsString("Zyxwvutsr Optics"))));
    }
  }

  /** Once published, the record shows in every public listing, figure and export. */
  private void assertVisibleEverywhere(String id) throws Exception {
    for (String path : EVERY_PUBLIC_LISTING) {
      mvc.perform(listing(path))
          .andExpect(status().isOk())
          // The network draws suppliers and countries, not transfer ids.
          .andExpect(
              content().string(containsString(path.equals("/network") ? "Zyxwvutsr Optics" : id)));
    }
  }

  /**
   * Public paths that list transfers, count them or export them: figures per country and per
   * vendor, the map, the network, search and its downloads (the q parameter only filters search).
   */
  /**
   * A listing narrowed to the test's record where it takes a text query; the API's figures take no
   * parameters (an unknown one is a 400), so they are asked as they are.
   */
  private static MockHttpServletRequestBuilder listing(String path) {
    return path.startsWith("/api/") ? get(path) : get(path).param("q", "Zyxwvutsr");
  }

  private static final List<String> EVERY_PUBLIC_LISTING =
      List.of(
          "/api/v1/stats",
          "/api/v1/countries/IS",
          "/countries/IS",
          "/search",
          "/search.csv",
          "/search.json",
          "/network");

  private int icelandCount() throws Exception {
    return body(mvc.perform(get("/api/v1/countries/IS")).andExpect(status().isOk()))
        .get("transfer_count")
        .asInt();
  }

  private static JsonNode body(ResultActions result) throws Exception {
    return JSON.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static String draft(String supplier) {
    return """
        {"supplier_orgs":[{"name":"%s"}],"supplier_country":"CN","recipient_country":"IS",
         "end_user":"Ministry of Interior","technologies":["video_surveillance"],
         "status":"delivered","year_start":2021,"summary":"CCTV cameras for the capital.",
         "sources":[{"url":"https://example.org/zyx","publisher":"Example News",
                     "date":"2021-03-01","evidence":"The ministry bought CCTV cameras."}]}
        """
        .formatted(supplier);
  }
}
