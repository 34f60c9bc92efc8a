package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SignedIn;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.Label;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Duplicates caught early (issue 11): the same text pasted twice is one document, a candidate that
 * matches a published record says so and can be compared side by side and merged into it as a
 * source, the same candidate cannot become two drafts, and the review queue flags records in review
 * that duplicate each other. The starter data's T0011 (Huawei, Kenya's National Police Service,
 * command centre, operational since 2014) is the published record the Nairobi article duplicates.
 */
class DuplicatesTest extends ExtractTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired ExtractionService extraction;
  @Autowired Proposals proposals;

  /** The Nairobi safe-city article, made unique so no other test's document is found. */
  private static String article() throws Exception {
    return goldText("sl-01").path("text").asString()
        + " Reference "
        + UUID.randomUUID()
        + " was given.";
  }

  @Test
  void theSameTextPastedTwiceLeadsToTheFirstDocumentWithAWord() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    String text = article();
    MvcResult first = paste(name, text);
    MvcResult second = paste(name, text);
    assertThat(second.getResponse().getRedirectedUrl())
        .isEqualTo(first.getResponse().getRedirectedUrl());
    assertThat(first.getFlashMap().get("notice")).isNull();
    assertThat((String) second.getFlashMap().get("notice"))
        .isEqualTo(
            "This text was already submitted by you: here is document "
                + documentId(first)
                + ", with the decisions made on it so far.");
    // Someone else pasting it is told the same, without "by you".
    MvcResult third = paste(user(Role.CONTRIBUTOR), text);
    assertThat(third.getResponse().getRedirectedUrl())
        .isEqualTo(first.getResponse().getRedirectedUrl());
    assertThat((String) third.getFlashMap().get("notice"))
        .startsWith("This text was already submitted: here is document");
  }

  @Test
  void aCandidateMatchingAPublishedRecordIsFlaggedComparedAndMergedAsASource() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    long doc = documentId(paste(name, article()));
    int huawei = candidateNumber(doc, "Huawei");

    String page = page("/review/extract/documents/" + doc, name);
    String card = page.substring(page.indexOf("id=\"candidate-" + huawei + "\""));
    card = card.substring(0, card.indexOf("</article>"));
    assertThat(card)
        .contains("Possible duplicate of")
        .contains("href=\"/transfers/T0011\"")
        .contains("T0011 Huawei → Kenya (KE), published")
        .contains("supplier Huawei")
        .contains(
            "href=\"/review/extract/documents/"
                + doc
                + "/candidates/"
                + huawei
                + "/compare/T0011\"");

    String compare =
        page("/review/extract/documents/" + doc + "/candidates/" + huawei + "/compare/T0011", name);
    assertThat(compare)
        .contains("Candidate " + huawei + " of document " + doc)
        .contains("Recipient country")
        .contains("End user (agency)")
        .contains("Add as a source to");

    mvc.perform(
            post("/review/extract/documents/" + doc + "/candidates/" + huawei + "/add-source/T0011")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    // T0011 is published: the new source is a proposal, and the published record is unchanged.
    assertThat(proposals.pendingFor("transfer", "T0011"))
        .anySatisfy(
            p -> {
              assertThat(p.author()).isEqualTo(name);
              assertThat(p.snapshot()).contains("Sightline document " + doc);
            });
    assertThat(register.findTransfer("T0011", Visibility.PUBLIC).orElseThrow().transfer().sources())
        .noneMatch(s -> String.valueOf(s.publisher()).contains("Sightline document " + doc));
    long proposal =
        proposals.pendingFor("transfer", "T0011").stream()
            .filter(p -> p.snapshot().contains("Sightline document " + doc))
            .findFirst()
            .orElseThrow()
            .id();
    Label merged = documents.labels(doc).get(0);
    assertThat(merged.transferId()).isEqualTo("T0011");
    assertThat(merged.reason()).isEqualTo("added as a source to T0011, proposal " + proposal);
    // The candidate says where it went: the record and the proposal waiting in the queue.
    String decided = page("/review/extract/documents/" + doc, name);
    decided = decided.substring(decided.indexOf("id=\"candidate-" + huawei + "\""));
    assertThat(decided.substring(0, decided.indexOf("</article>")))
        .contains("href=\"/transfers/T0011\"")
        .contains("href=\"/review#proposal-" + proposal + "\"");
    assertThat(page("/review", name)).contains("id=\"proposal-" + proposal + "\"");
    // Merged is decided: it cannot also become a draft.
    MvcResult again = accept(name, doc, huawei);
    assertThat((String) again.getFlashMap().get("notice")).contains("is already accepted");
    assertThat(documents.labels(doc)).hasSize(1);
  }

  @Test
  void mergingIsRefusedWhenTheRecordHasTheSourceOrIsGone() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    String url = "https://news.example/nairobi-" + UUID.randomUUID();
    long first = documentId(paste(name, article(), url));
    assertThat(merge(name, first, candidateNumber(first, "Huawei"), "T0011"))
        .startsWith("Candidate");
    int pending = proposals.pendingFor("transfer", "T0011").size();

    // Another text from the same address: T0011 already has that source (in its proposal).
    long second = documentId(paste(name, article(), url));
    assertThat(merge(name, second, candidateNumber(second, "Huawei"), "T0011"))
        .isEqualTo("Not added: T0011 already has this source.");
    assertThat(proposals.pendingFor("transfer", "T0011")).hasSize(pending);
    assertThat(documents.labels(second)).isEmpty();

    // A record that does not exist (or no longer does) is refused with a word, not a 404.
    assertThat(merge(name, second, candidateNumber(second, "Huawei"), "T9999"))
        .isEqualTo("Not added: T9999 no longer exists or was retracted.");
    assertThat(documents.labels(second)).isEmpty();
  }

  @Test
  void aDraftDuplicatingAPublishedRecordIsMergedIntoItAsAProposalAndDiscarded() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    String url = "https://news.example/draft-" + UUID.randomUUID();
    long doc = documentId(paste(name, article(), url));
    accept(name, doc, candidateNumber(doc, "Huawei"));
    String draft = documents.labels(doc).get(0).transferId();
    String action = "/edit/transfers/" + draft + "/merge-into/T0011";
    assertThat(page("/review/compare/" + draft + "/T0011", name))
        .contains("action=\"" + action + "\"");
    // Only its author or a reviewer may give it up.
    assertThat(
            (String)
                mvc.perform(post(action).with(contributor(user(Role.CONTRIBUTOR))).with(csrf()))
                    .andReturn()
                    .getFlashMap()
                    .get("problem"))
        .isEqualTo("only the draft's author or a reviewer may discard it");

    MvcResult merged = mvc.perform(post(action).with(contributor(name)).with(csrf())).andReturn();
    assertThat((String) merged.getFlashMap().get("notice"))
        .isEqualTo(
            draft + " is merged into T0011: its sources were added there, and it is discarded.");
    long proposal =
        proposals.pendingFor("transfer", "T0011").stream()
            .filter(p -> p.snapshot().contains(url))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(register.findTransfer(draft, Visibility.REVIEWER).orElseThrow().transfer().state())
        .isEqualTo(PublicationState.RETRACTED);
    List<Revision> history = register.history("transfer", draft);
    assertThat(history.get(history.size() - 1).reason())
        .isEqualTo("discarded: merged into T0011, proposal " + proposal);
    // Done once: it is no longer a draft.
    assertThat(
            (String)
                mvc.perform(post(action).with(contributor(name)).with(csrf()))
                    .andReturn()
                    .getFlashMap()
                    .get("problem"))
        .isEqualTo(draft + " is retracted, not a draft");
  }

  private String merge(String name, long doc, int number, String transferId) throws Exception {
    MvcResult r =
        mvc.perform(
                post("/review/extract/documents/"
                        + doc
                        + "/candidates/"
                        + number
                        + "/add-source/"
                        + transferId)
                    .with(contributor(name))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(r.getResponse().getRedirectedUrl())
        .isEqualTo("/review/extract/documents/" + doc + "#candidate-" + number);
    return (String) r.getFlashMap().get("notice");
  }

  @Test
  void theSameCandidateAcceptedTwiceIsRefused_onOneDocumentAndOnTheSameTextStoredTwice()
      throws Exception {
    String name = user(Role.CONTRIBUTOR);
    String text = article();
    long doc = documentId(paste(name, text));
    int huawei = candidateNumber(doc, "Huawei");
    MvcResult first = accept(name, doc, huawei);
    assertThat(first.getResponse().getRedirectedUrl())
        .isEqualTo("/review/extract/documents/" + doc + "#candidate-" + huawei);
    assertThat((String) first.getFlashMap().get("draft")).startsWith("T-");
    MvcResult twice = accept(name, doc, huawei);
    assertThat((String) twice.getFlashMap().get("notice"))
        .isEqualTo("candidate " + huawei + " of document " + doc + " is already accepted.");
    assertThat(documents.labels(doc)).hasSize(1);

    // The API stores every submission; the same candidate on the second copy is refused.
    long copy =
        extraction
            .submit(ExtractionService.Submission.of(null, text, null, null, null), name)
            .document()
            .id();
    assertThat(copy).isNotEqualTo(doc);
    MvcResult onCopy = accept(name, copy, huawei);
    String draft = documents.labels(doc).get(0).transferId();
    assertThat((String) onCopy.getFlashMap().get("notice"))
        .isEqualTo(
            "the same candidate was already accepted as draft "
                + draft
                + " from document "
                + doc
                + ".");
    assertThat(documents.labels(copy)).isEmpty();
  }

  @Test
  void theReviewQueueFlagsRecordsInReviewThatDuplicateEachOtherOrAPublishedRecord()
      throws Exception {
    String author = user(Role.CONTRIBUTOR);
    List<String> drafts = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      long doc = documentId(paste(author, article()));
      accept(author, doc, candidateNumber(doc, "Huawei"));
      String id = documents.labels(doc).get(0).transferId();
      mvc.perform(
              post("/api/v1/transfers/" + id + "/submit").header("Authorization", bearer(author)))
          .andExpect(status().isOk());
      drafts.add(id);
    }
    assertThat(
            register
                .findTransfer(drafts.get(0), Visibility.REVIEWER)
                .orElseThrow()
                .transfer()
                .state())
        .isEqualTo(PublicationState.IN_REVIEW);
    String queue = page("/review", user(Role.REVIEWER));
    String item = queue.substring(queue.indexOf("data-record=\"" + drafts.get(0) + "\""));
    item = item.substring(0, item.indexOf("</article>"));
    assertThat(item)
        .contains("Possible duplicate of")
        .contains("href=\"/transfers/T0011\"")
        .contains("href=\"/edit/transfers/" + drafts.get(1) + "\"")
        .contains("href=\"/review/compare/" + drafts.get(0) + "/" + drafts.get(1) + "\"")
        .contains("The document, with the evidence highlighted");
    String compare = page("/review/compare/" + drafts.get(0) + "/" + drafts.get(1), author);
    assertThat(compare).contains("Recipient country").contains("Supplier 1: name");
  }

  private MvcResult paste(String name, String text) throws Exception {
    return paste(name, text, "");
  }

  private MvcResult paste(String name, String text, String url) throws Exception {
    return mvc.perform(
            multipart("/review/extract")
                .param("text", text)
                .param("doc_date", "2021-02-03")
                .param("url", url)
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn();
  }

  private MvcResult accept(String name, long doc, int number) throws Exception {
    return mvc.perform(
            post("/review/extract/documents/" + doc + "/candidates/" + number + "/accept")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn();
  }

  private String page(String path, String name) throws Exception {
    return okBody(mvc, get(path).with(SignedIn.as(accounts, name, Role.REVIEWER)));
  }

  private int candidateNumber(long doc, String supplier) {
    JsonNode all = JSON.readTree(documents.find(doc).orElseThrow().candidatesJson());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).path("supplier_orgs").toString().contains(supplier)) {
        return i + 1;
      }
    }
    throw new AssertionError("no " + supplier + " candidate in document " + doc);
  }

  private static long documentId(MvcResult r) {
    String url = r.getResponse().getRedirectedUrl();
    return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
  }

  private RequestPostProcessor contributor(String name) {
    return SignedIn.as(accounts, name, Role.CONTRIBUTOR);
  }
}
