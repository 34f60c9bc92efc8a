package org.sightline.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.SignedIn;
import org.sightline.app.testing.TestRecords;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The review queue and the edit forms over HTTP: who sees what, the diff against the published
 * version, CSRF on every form, field messages next to the fields, and edit links that only
 * signed-in contributors get (on pages never cached for them).
 */
class ReviewPageTest extends PagesTestContext {
  @Autowired RegisterWriter writer;
  @Autowired Register register;
  @Autowired Proposals proposals;

  @Autowired Accounts accounts;

  RequestPostProcessor contributor(String name) {
    return SignedIn.as(accounts, name, Role.CONTRIBUTOR);
  }

  RequestPostProcessor reviewer(String name) {
    return SignedIn.as(accounts, name, Role.REVIEWER);
  }

  @Test
  void theQueueShowsRecordsInReviewAndProposalsWithTheirDiffs() throws Exception {
    String fresh = id("RQ");
    writer.saveTransfers(
        List.of(transfer(fresh, "Fresh summary.", PublicationState.DRAFT)), "carla", "new");
    writer.setTransferState(fresh, PublicationState.IN_REVIEW, "carla", "please check");
    String changed = id("RP");
    writer.saveTransfers(
        List.of(transfer(changed, "Published words.", PublicationState.PUBLISHED)),
        "seeder",
        "fixture");
    long proposal =
        proposals
            .propose(
                RegisterWriter.TRANSFER,
                changed,
                1,
                TransferJson.snapshot(
                    transfer(changed, "Proposed words.", PublicationState.PUBLISHED)),
                "carla",
                "better wording")
            .id();

    mvc.perform(get("/review")).andExpect(status().is3xxRedirection());
    String page =
        mvc.perform(get("/review").with(contributor("dora")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/review/extract\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(fresh, "Fresh summary.", "please check", "carla")
        .contains(changed, "Published words.", "Proposed words.", "better wording")
        .doesNotContain("/review/proposals/" + proposal + "/approve");
    // Countries are named, with the code kept: in the item's title and in its field diff.
    assertThat(page)
        .contains("Queue Optics → Malta (MT)")
        .contains("China (CN)")
        .doesNotContainPattern(">\\s*MT\\s*<");

    String asReviewer = okBody(mvc, get("/review").with(reviewer("erik")));
    assertThat(asReviewer)
        .contains("action=\"/review/proposals/" + proposal + "/approve\"")
        .contains("action=\"/review/transfers/" + fresh + "/publish\"")
        .contains("name=\"_csrf\"");
    // The author of a proposal sees its Approve button disabled.
    String asAuthor =
        mvc.perform(get("/review").with(reviewer("carla")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(asAuthor).contains("You proposed this change");

    // Without a CSRF token the decision is refused; with one it applies.
    mvc.perform(post("/review/proposals/" + proposal + "/approve").with(reviewer("erik")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/review/proposals/" + proposal + "/approve")
                .with(contributor("dora"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/review/proposals/" + proposal + "/approve").with(reviewer("carla")).with(csrf()))
        .andExpect(redirectedUrl("/review"));
    assertThat(summary(changed)).isEqualTo("Published words.");
    mvc.perform(
            post("/review/proposals/" + proposal + "/approve").with(reviewer("erik")).with(csrf()))
        .andExpect(redirectedUrl("/review"));
    assertThat(summary(changed)).isEqualTo("Proposed words.");

    mvc.perform(
            post("/review/transfers/" + fresh + "/send-back")
                .param("reason", "needs a second source")
                .with(reviewer("erik"))
                .with(csrf()))
        .andExpect(redirectedUrl("/review"));
    assertThat(register.findTransfer(fresh, Visibility.REVIEWER).orElseThrow().transfer().state())
        .isEqualTo(PublicationState.DRAFT);
    // Back among the drafts, with the reviewer's reason and a link to edit it.
    mvc.perform(get("/review").with(contributor("carla")))
        .andExpect(content().string(containsString("needs a second source")))
        .andExpect(content().string(containsString("href=\"/edit/transfers/" + fresh + "\"")));
  }

  @Test
  void aRefusedFormComesBackWithMessagesNextToTheFields() throws Exception {
    String page =
        okBody(
            mvc,
            post("/edit/transfers/new")
                .with(contributor("fay"))
                .with(csrf())
                .param("suppliers", "Formfield Optics")
                .param("year_start", "20x1")
                .param("source_url", "ftp://nowhere")
                .param("source_publisher", "")
                .param("source_date", "")
                .param("source_evidence", ""));
    assertThat(page)
        .contains("Formfield Optics")
        .contains("is not a year (got &quot;20x1&quot;)")
        .contains("ftp://nowhere");
    mvc.perform(post("/edit/transfers/new").with(contributor("fay")).param("suppliers", "X"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/edit/transfers/new")).andExpect(status().is3xxRedirection());

    String valid =
        mvc.perform(
                post("/edit/transfers/new")
                    .with(contributor("fay"))
                    .with(csrf())
                    .param("suppliers", "Formfield Optics")
                    .param("recipient_country", "MT")
                    .param("technologies", "video_surveillance")
                    .param("status", "delivered")
                    .param("source_url", "https://example.org/form")
                    .param("source_publisher", "Example")
                    .param("source_date", "2022")
                    .param("source_evidence", "cameras arrived")
                    .param("action", "submit"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String id = valid.substring("/edit/transfers/".length());
    assertThat(register.findTransfer(id, Visibility.REVIEWER).orElseThrow().transfer().state())
        .isEqualTo(PublicationState.IN_REVIEW);
  }

  @Test
  void formChangesToPublishedRecordsBecomeProposalsAndThePublicVersionStays() throws Exception {
    String id = id("RF");
    writer.saveTransfers(
        List.of(transfer(id, "As published.", PublicationState.PUBLISHED)), "seeder", "fixture");
    String form = okBody(mvc, get("/edit/transfers/" + id).with(contributor("hana")));
    assertThat(form).contains("Propose this change", "As published.", "cameras were sold");

    mvc.perform(
            post("/edit/transfers/" + id)
                .with(contributor("hana"))
                .with(csrf())
                .param("suppliers", "Queue Optics")
                .param("supplier_country", "CN")
                .param("recipient_country", "MT")
                .param("end_user", "Police")
                .param("technologies", "video_surveillance")
                .param("status", "delivered")
                .param("year_start", "2020")
                .param("summary", "As proposed in the form.")
                .param("source_url", "https://example.org/" + id, "")
                .param("source_publisher", "Example", "")
                .param("source_date", "2020", "")
                .param("source_evidence", "cameras were sold", "")
                .param("reason", "the form says more"))
        .andExpect(redirectedUrl("/edit/transfers/" + id));
    mvc.perform(
            post("/edit/transfers/" + id + "/sources/new")
                .with(contributor("hana"))
                .with(csrf())
                .param("url", "https://example.org/another")
                .param("publisher", "Another")
                .param("evidence", "more cameras"))
        .andExpect(redirectedUrl("/edit/transfers/" + id));
    mvc.perform(
            post("/edit/transfers/" + id + "/sources/new")
                .with(contributor("hana"))
                .with(csrf())
                .param("url", "not a url")
                .param("date", "yesterday"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("is not an http(s) URL")))
        .andExpect(content().string(containsString("must be YYYY-MM-DD")));

    assertThat(summary(id)).isEqualTo("As published.");
    assertThat(register.findTransfer(id, Visibility.PUBLIC).orElseThrow().transfer().sources())
        .hasSize(1);
    assertThat(proposals.pendingFor(RegisterWriter.TRANSFER, id))
        .extracting(p -> p.author(), p -> p.reason())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("hana", "the form says more"),
            org.assertj.core.groups.Tuple.tuple("hana", "source added"));

    String org =
        okBody(
            mvc,
            post("/edit/organizations/new")
                .with(contributor("hana"))
                .with(csrf())
                .param("name", "")
                .param("kind", ""));
    assertThat(org).contains("The organization was not saved", "is required");
  }

  @Test
  void editLinksAreForSignedInContributorsAndTheirPagesAreNeverCached() throws Exception {
    String id = id("RL");
    writer.saveTransfers(
        List.of(transfer(id, "Linked.", PublicationState.PUBLISHED)), "seeder", "fixture");

    mvc.perform(get("/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(header().exists("ETag"))
        .andExpect(content().string(not(containsString("Propose a change"))));
    mvc.perform(get("/transfers/" + id).with(contributor("gus")))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("ETag"))
        .andExpect(header().string("Cache-Control", containsString("no-store")))
        .andExpect(content().string(containsString("/edit/transfers/" + id)));
    // Even with the anonymous page's validator, a signed-in reader gets the full page.
    String etag = mvc.perform(get("/transfers/" + id)).andReturn().getResponse().getHeader("ETag");
    mvc.perform(get("/transfers/" + id).header("If-None-Match", etag).with(contributor("gus")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Propose a change")));
    mvc.perform(get("/transfers/" + id))
        .andExpect(content().string(not(containsString("Propose a change"))));
  }

  private String summary(String id) {
    return register.findTransfer(id, Visibility.PUBLIC).orElseThrow().transfer().summary();
  }

  private static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Transfer transfer(String id, String summary, PublicationState state) {
    return TestRecords.transfer(id, "Queue Optics", "MT", summary, state);
  }
}
