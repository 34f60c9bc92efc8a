package org.sightline.app.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.testing.SignedIn;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A draft's life cycle as its author lives it (issue 11, item 2): "My work" lists the documents and
 * records one started with their states in words; a draft is discarded with a reason kept in its
 * history, by its author or a reviewer only; a record sent back shows the reviewer's reason where
 * its author edits it.
 */
class MyWorkTest extends WorkTestContext {
  @Autowired PublicationWorkflow workflow;

  @Test
  void myWorkListsDocumentsAndRecordsByStateWithTheirNextSteps() throws Exception {
    String me = user(Role.CONTRIBUTOR);
    long doc =
        paste(as(me), "Hikvision supplied cameras to Uganda's police in 2021. Ref " + uuid());
    String draft = accept(as(me), doc, 1);
    long other = paste(as(me), "Dahua sold cameras to Zambia's police in 2020. Ref " + uuid());

    String page = page("/my-work", me, Role.CONTRIBUTOR);
    assertThat(page).doesNotContain("Your password is changed.");
    assertThat(section(page, "draft-records"))
        .contains("data-record=\"" + draft + "\"")
        .contains("draft, not submitted")
        .contains("action=\"/edit/transfers/" + draft + "/submit\"")
        .contains("action=\"/edit/transfers/" + draft + "/discard\"");
    assertThat(section(page, "documents-decided"))
        .contains("href=\"/review/extract/documents/" + doc + "\"");
    assertThat(section(page, "documents-undecided"))
        .contains("href=\"/review/extract/documents/" + other + "\"")
        .contains("candidates undecided");
    // Someone else's work is not listed.
    assertThat(page("/my-work", user(Role.CONTRIBUTOR), Role.CONTRIBUTOR)).doesNotContain(draft);

    mvc.perform(post("/edit/transfers/" + draft + "/submit").with(as(me)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(section(page("/my-work", me, Role.CONTRIBUTOR), "in-review-records"))
        .contains("data-record=\"" + draft + "\"")
        .contains("in review, waiting for a reviewer");
  }

  @Test
  void aDraftIsDiscardedWithAReasonKeptInItsHistory_byItsAuthorOrAReviewerOnly() throws Exception {
    String me = user(Role.CONTRIBUTOR);
    String draft =
        draftFrom(as(me), "ZTE supplied cameras to Ecuador's police in 2019. Ref " + uuid());

    MvcResult noReason =
        mvc.perform(post("/edit/transfers/" + draft + "/discard").with(as(me)).with(csrf()))
            .andExpect(redirectedUrl("/my-work"))
            .andReturn();
    assertThat((String) noReason.getFlashMap().get("problem")).contains("reason");
    MvcResult notMine =
        mvc.perform(
                post("/edit/transfers/" + draft + "/discard")
                    .param("reason", "not mine to drop")
                    .with(as(user(Role.CONTRIBUTOR)))
                    .with(csrf()))
            .andReturn();
    assertThat((String) notMine.getFlashMap().get("problem"))
        .isEqualTo("only the draft's author or a reviewer may discard it");
    assertThat(state(draft)).isEqualTo(PublicationState.DRAFT);

    mvc.perform(
            post("/edit/transfers/" + draft + "/discard")
                .param("reason", "a duplicate of T0405")
                .with(as(me))
                .with(csrf()))
        .andExpect(redirectedUrl("/my-work"));
    assertThat(state(draft)).isEqualTo(PublicationState.RETRACTED);
    List<Revision> history = register.history("transfer", draft);
    assertThat(history.get(history.size() - 1).reason())
        .isEqualTo("discarded: a duplicate of T0405");
    assertThat(history.get(history.size() - 1).author()).isEqualTo(me);
    assertThat(section(page("/my-work", me, Role.CONTRIBUTOR), "discarded-records"))
        .contains("data-record=\"" + draft + "\"")
        .contains("discarded: a duplicate of T0405");
    // Discarded drafts leave the queue and are never public.
    assertThat(page("/review", me, Role.CONTRIBUTOR)).doesNotContain(draft);
    assertThat(register.findTransfer(draft, Visibility.PUBLIC)).isEmpty();
    mvc.perform(get("/transfers/" + draft + "/history")).andExpect(status().isNotFound());
  }

  @Test
  void theReviewersReasonIsShownWhereTheAuthorEdits() throws Exception {
    String me = user(Role.CONTRIBUTOR);
    String draft =
        draftFrom(as(me), "Huawei supplied cameras to Zambia's police in 2018. Ref " + uuid());
    workflow.submit(EntityType.TRANSFER, draft, me, null);
    workflow.sendBack(EntityType.TRANSFER, draft, user(Role.REVIEWER), "please cite the tender");

    String edit = page("/edit/transfers/" + draft, me, Role.CONTRIBUTOR);
    assertThat(edit).contains("Sent back by a reviewer").contains("please cite the tender");
    assertThat(section(edit, "sent-back")).contains("please cite the tender");
    String draftPage = page("/review/extract/drafts/" + draft, me, Role.CONTRIBUTOR);
    assertThat(draftPage)
        .contains("please cite the tender")
        .contains("action=\"/edit/transfers/" + draft + "/submit\"")
        .contains("href=\"/edit/transfers/" + draft + "\"");
    assertThat(section(page("/my-work", me, Role.CONTRIBUTOR), "sent-back-records"))
        .contains("data-record=\"" + draft + "\"")
        .contains("sent back by a reviewer")
        .contains("please cite the tender");
  }

  @Test
  void aDraftWithoutACitableSourceSaysSoBeforeItIsSubmitted() throws Exception {
    String me = user(Role.CONTRIBUTOR);
    // Pasted without an address: the draft has no source URL.
    long doc = paste(as(me), "Huawei supplied cameras to Ghana's police in 2018. " + uuid(), null);
    String draft = accept(as(me), doc, 1);

    String blockers =
        section(page("/review/extract/drafts/" + draft, me, Role.CONTRIBUTOR), "blockers");
    assertThat(blockers)
        .contains("A reviewer cannot publish this yet")
        .contains("a published record needs at least one source URL");
    assertThat(section(page("/edit/transfers/" + draft, me, Role.CONTRIBUTOR), "blockers"))
        .contains("a published record needs at least one source URL");
    workflow.submit(EntityType.TRANSFER, draft, me, null);
    String queue = page("/review", user(Role.REVIEWER), Role.REVIEWER);
    String item = queue.substring(queue.indexOf("data-record=\"" + draft + "\""));
    assertThat(item.substring(0, item.indexOf("</article>")))
        .contains("Cannot be published as it stands")
        .contains("a published record needs at least one source URL");
  }

  private String section(String page, String id) {
    int at = page.indexOf("id=\"" + id + "\"");
    assertThat(at).as("the page has #" + id).isNotNegative();
    String rest = page.substring(at);
    int end = rest.indexOf("</section>");
    return end < 0 ? rest.substring(0, Math.min(rest.length(), 2000)) : rest.substring(0, end);
  }

  private PublicationState state(String id) {
    return register.findTransfer(id, Visibility.REVIEWER).orElseThrow().transfer().state();
  }

  private String page(String path, String name, Role role) throws Exception {
    return okBody(mvc, get(path).with(SignedIn.as(accounts, name, role)));
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name) {
    return SignedIn.as(accounts, name, Role.CONTRIBUTOR);
  }
}
