package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SignedIn;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.StoredDocument;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dates are never lost silently (issue 11, item 6): a document without a date takes the one it
 * shows at its head; one still without a date says which of its dates could not be placed.
 */
class DocumentDatePageTest extends ExtractTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void theDateAtTheHeadOfTheTextResolvesItsRelativeDates() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    StoredDocument doc =
        pasteNewDocument(
            name,
            "Published 4 March 2025\nHuawei delivered surveillance cameras to Kenya's police last"
                + " month.");
    assertThat(doc.docDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    JsonNode candidate = JSON.readTree(doc.candidatesJson()).get(0);
    assertThat(candidate.path("year").asInt()).isEqualTo(2025);
    assertThat(candidate.path("month").asInt()).isEqualTo(2);
    assertThat(documentPage(name, doc))
        .contains("dated <time>2025-03-04</time>")
        .doesNotContain("undated");
  }

  @Test
  void aDocumentWithoutADateSaysWhichDatesItCouldNotPlace() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    StoredDocument doc =
        pasteNewDocument(
            name,
            "NAIROBI, March 4 — Huawei delivered surveillance cameras to Kenya's police last"
                + " month.");
    assertThat(doc.docDate()).isNull();
    assertThat(JSON.readTree(doc.candidatesJson()).get(0).path("year").isNull()).isTrue();
    String page = documentPage(name, doc);
    String notice = page.substring(page.indexOf("id=\"undated\""));
    notice = notice.substring(0, notice.indexOf("</div>"));
    assertThat(notice)
        .contains("This document has no date")
        .contains("<q class=\"needs-date\">last month</q>")
        .contains("its dateline says <q>March 4</q> without a year")
        .contains("Paste it again with its publication date");
  }

  @Test
  void aCandidateThatCannotPlaceItsDateAsksForTheDocumentsDateAndIsResolvedWithIt()
      throws Exception {
    String name = user(Role.CONTRIBUTOR);
    StoredDocument doc =
        pasteNewDocument(
            name, "Huawei delivered surveillance cameras to Kenya's police last month.");
    assertThat(doc.docDate()).isNull();
    String page = documentPage(name, doc);
    String card = page.substring(page.indexOf("id=\"candidate-1\""));
    card = card.substring(0, card.indexOf("</article>"));
    assertThat(card)
        .contains("Its date cannot be placed: the document has no date")
        .contains("<q class=\"needs-date\">last month</q>")
        .contains("action=\"/review/extract/documents/" + doc.id() + "/date\"")
        .contains("type=\"date\"");

    // A date that is not one is refused with a word, on the same document.
    MvcResult refused = giveDate(name, doc, "March");
    assertThat(refused.getResponse().getRedirectedUrl())
        .isEqualTo("/review/extract/documents/" + doc.id() + "#candidate-1");
    assertThat((String) refused.getFlashMap().get("notice"))
        .isEqualTo("Not dated: doc_date must be YYYY-MM-DD, got 'March'.");

    MvcResult dated = giveDate(name, doc, "2025-03-04");
    String url = dated.getResponse().getRedirectedUrl();
    StoredDocument copy =
        documents
            .find(Long.parseLong(url.substring(url.lastIndexOf('/') + 1, url.indexOf('#'))))
            .orElseThrow();
    assertThat(url).endsWith("#candidate-1");
    assertThat(copy.id()).isNotEqualTo(doc.id());
    assertThat(copy.text()).isEqualTo(doc.text());
    assertThat(copy.docDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    JsonNode resolved = JSON.readTree(copy.candidatesJson()).get(0);
    assertThat(resolved.path("year").asInt()).isEqualTo(2025);
    assertThat(resolved.path("month").asInt()).isEqualTo(2);
    assertThat((String) dated.getFlashMap().get("notice"))
        .isEqualTo(
            "Dated 2025-03-04: document "
                + copy.id()
                + " is document "
                + doc.id()
                + " with its dates resolved.");
    assertThat(documentPage(name, copy)).doesNotContain("needs-date-prompt");
    // The undated document is left as it was.
    assertThat(documents.find(doc.id()).orElseThrow().docDate()).isNull();
  }

  private MvcResult giveDate(String name, StoredDocument doc, String date) throws Exception {
    return mvc.perform(
            post("/review/extract/documents/" + doc.id() + "/date")
                .param("doc_date", date)
                .param("candidate", "1")
                .with(SignedIn.as(accounts, name, Role.CONTRIBUTOR))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn();
  }
}
