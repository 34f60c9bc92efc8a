package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SignedIn;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.StoredDocument;
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
        paste(
            name,
            "Published 4 March 2025\nHuawei delivered surveillance cameras to Kenya's police last"
                + " month. Ref "
                + UUID.randomUUID());
    assertThat(doc.docDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    JsonNode candidate = JSON.readTree(doc.candidatesJson()).get(0);
    assertThat(candidate.path("year").asInt()).isEqualTo(2025);
    assertThat(candidate.path("month").asInt()).isEqualTo(2);
    assertThat(page(name, doc)).contains("dated <time>2025-03-04</time>").doesNotContain("undated");
  }

  @Test
  void aDocumentWithoutADateSaysWhichDatesItCouldNotPlace() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    StoredDocument doc =
        paste(
            name,
            "NAIROBI, March 4 — Huawei delivered surveillance cameras to Kenya's police last"
                + " month. Ref "
                + UUID.randomUUID());
    assertThat(doc.docDate()).isNull();
    assertThat(JSON.readTree(doc.candidatesJson()).get(0).path("year").isNull()).isTrue();
    String page = page(name, doc);
    String notice = page.substring(page.indexOf("id=\"undated\""));
    notice = notice.substring(0, notice.indexOf("</div>"));
    assertThat(notice)
        .contains("This document has no date")
        .contains("<q class=\"needs-date\">last month</q>")
        .contains("its dateline says <q>March 4</q> without a year")
        .contains("Paste it again with its publication date");
  }

  private StoredDocument paste(String name, String text) throws Exception {
    String url =
        mvc.perform(
                multipart("/review/extract")
                    .param("text", text)
                    .with(SignedIn.as(accounts, name, Role.CONTRIBUTOR))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return documents.find(Long.parseLong(url.substring(url.lastIndexOf('/') + 1))).orElseThrow();
  }

  private String page(String name, StoredDocument doc) throws Exception {
    return mvc.perform(
            get("/review/extract/documents/" + doc.id())
                .with(SignedIn.as(accounts, name, Role.CONTRIBUTOR)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
