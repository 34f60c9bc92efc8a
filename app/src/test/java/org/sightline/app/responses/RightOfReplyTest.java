package org.sightline.app.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.TransferResponses;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The right of reply: a company's response to a published transfer stays out of every public view
 * until a second person publishes it; its author cannot; a link must be a web address.
 */
class RightOfReplyTest extends SecurityTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired RegisterWriter writer;
  @Autowired TransferResponses responses;

  static String response(String text, String link) {
    return """
        {"responder_name":"Matrix Optics","responder_kind":"company","country":"cn",
         "date":"2024-02-01","text":"%s","link":%s,"how_obtained":"reply to our letter"}
        """
        .formatted(text, link == null ? "null" : "\"" + link + "\"");
  }

  @Test
  void aResponseAppearsBesideTheRecordOnlyAfterASecondPersonPublishesIt() throws Exception {
    String id = publishedTransfer("ROR-");
    String authorName = user(Role.REVIEWER);
    String author = tokenOf(authorName);
    String other = tokenOf(user(Role.REVIEWER));
    String text = "Matrix Optics never sold cameras to Uganda " + id;

    String created =
        mvc.perform(
                postJson(
                    "/api/v1/transfers/" + id + "/responses",
                    author,
                    response(text, "https://matrix.example/statement")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.state").value("in_review"))
            .andExpect(jsonPath("$.country").value("CN"))
            .andExpect(jsonPath("$.published_at").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String rid = JSON.readTree(created).get("id").asString();

    // Unpublished: not in the record's JSON, not in the list, not on the page.
    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.responses", hasSize(0)));
    mvc.perform(get("/api/v1/transfers/" + id + "/responses")).andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get("/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Responses")))
        .andExpect(content().string(not(containsString(text))));
    // Reviewers see it waiting, with its state.
    mvc.perform(get("/api/v1/transfers/" + id).header("Authorization", other))
        .andExpect(jsonPath("$.responses[0].state").value("in_review"));

    // Its author may not publish it, whatever their role.
    mvc.perform(
            post("/api/v1/transfers/" + id + "/responses/" + rid + "/publish")
                .header("Authorization", author))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("two_person_rule"));
    assertThat(responses.ofTransfer(id, Visibility.PUBLIC)).isEmpty();

    mvc.perform(
            post("/api/v1/transfers/" + id + "/responses/" + rid + "/publish")
                .header("Authorization", other))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("published"));

    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(jsonPath("$.responses", hasSize(1)))
        .andExpect(jsonPath("$.responses[0].text").value(text))
        .andExpect(jsonPath("$.responses[0].responder_kind").value("company"))
        .andExpect(jsonPath("$.responses[0].link").value("https://matrix.example/statement"))
        .andExpect(jsonPath("$.responses[0].published_at").isString())
        .andExpect(jsonPath("$.responses[0].state").doesNotExist());
    mvc.perform(get("/transfers/" + id))
        .andExpect(content().string(containsString(text)))
        .andExpect(content().string(containsString("href=\"https://matrix.example/statement\"")))
        .andExpect(content().string(containsString("2024-02-01")))
        // Who added it is not shown.
        .andExpect(content().string(not(containsString(authorName))));

    // A retraction needs a reason, and takes it off the record again.
    String retract = "/api/v1/transfers/" + id + "/responses/" + rid + "/retract";
    decideGivingAReason(retract, other, "the statement was not from the company")
        .andExpect(jsonPath("$.state").value("retracted"));
    mvc.perform(get("/api/v1/transfers/" + id)).andExpect(jsonPath("$.responses", hasSize(0)));
  }

  @Test
  void onlyWebLinksAreAcceptedAndNothingIsStoredOtherwise() throws Exception {
    String id = publishedTransfer("ROR-");
    String contributor = tokenOf(user(Role.CONTRIBUTOR));

    for (String link : List.of("javascript:alert(document.cookie)", "data:text/html,hi")) {
      mvc.perform(
              postJson(
                  "/api/v1/transfers/" + id + "/responses",
                  contributor,
                  response("We deny it.", link)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.error").value("validation_failed"))
          .andExpect(jsonPath("$.violations[0].field").value("link"));
    }
    mvc.perform(
            postJson(
                "/api/v1/transfers/" + id + "/responses",
                contributor,
                "{\"responder_kind\":\"ngo\",\"date\":\"yesterday\",\"text\":5}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("text"));
    mvc.perform(
            postJson(
                "/api/v1/transfers/" + id + "/responses",
                contributor,
                "{\"responder_kind\":\"ngo\",\"date\":\"yesterday\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("responder_name")))
        .andExpect(content().string(containsString("'ngo' is not company, government or other")))
        .andExpect(content().string(containsString("YYYY-MM-DD")));
    mvc.perform(
            postJson(
                "/api/v1/transfers/NO-SUCH-TRANSFER/responses",
                contributor,
                response("We deny it.", null)))
        .andExpect(status().isNotFound());

    assertThat(responses.ofTransfer(id, Visibility.REVIEWER)).isEmpty();
  }

  @Test
  void theFormOnTheRecordPageNeedsASignedInContributorAndItsCsrfToken() throws Exception {
    String id = publishedTransfer("ROR-");
    String name = user(Role.CONTRIBUTOR);

    // Anonymous readers get no form; a contributor does, with its CSRF token.
    mvc.perform(get("/transfers/" + id))
        .andExpect(content().string(not(containsString("name=\"responder_name\""))));
    mvc.perform(get("/transfers/" + id).with(contributor(name)))
        .andExpect(content().string(containsString("name=\"responder_name\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));

    java.util.function.Supplier<MockHttpServletRequestBuilder> form =
        () ->
            post("/transfers/" + id + "/responses")
                .param("responder_name", "Ministry of the Interior")
                .param("responder_kind", "government")
                .param("country", "UG")
                .param("date", "2024-04-02")
                .param("text", "The ministry says the cameras serve traffic control.")
                .param("link", "https://gov.example/press");
    mvc.perform(form.get().with(contributor(name))).andExpect(status().isForbidden());
    mvc.perform(form.get().with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(responses.ofTransfer(id, Visibility.REVIEWER)).isEmpty();

    mvc.perform(form.get().with(contributor(name)).with(csrf()))
        .andExpect(redirectedUrl("/transfers/" + id + "?response=received#responses"));
    assertThat(responses.ofTransfer(id, Visibility.REVIEWER))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.state()).isEqualTo(PublicationState.IN_REVIEW);
              assertThat(s.createdBy()).isEqualTo(name);
              assertThat(s.response().country()).isEqualTo("UG");
            });

    // A refused form comes back with the problem and what was typed.
    mvc.perform(
            post("/transfers/" + id + "/responses")
                .param("responder_name", "Ministry of the Interior")
                .param("responder_kind", "government")
                .param("date", "2024-04-02")
                .param("text", "Typed text survives.")
                .param("link", "javascript:alert(1)")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("link: must be an http or https address")))
        .andExpect(content().string(containsString("Typed text survives.")));
    assertThat(responses.ofTransfer(id, Visibility.REVIEWER)).hasSize(1);
  }

  /** A browser session signed in as this contributor. */
  private static RequestPostProcessor contributor(String name) {
    return SecurityMockMvcRequestPostProcessors.user(name).roles("CONTRIBUTOR");
  }
}
