package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SignedIn;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.StoredDocument;
import org.sightline.store.documents.WaitingDocument;

/**
 * Each submitted document's language is identified and kept with it, and the review pages name it
 * (issue 16, item 1), so a reviewer sees at once which texts extraction cannot yet read.
 */
class DocumentLanguagePageTest extends ExtractTestContext {

  @Test
  void aSpanishArticleIsStoredAsSpanishAndTheReviewPagesSaySo() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    StoredDocument doc =
        pasteNewDocument(
            name,
            "QUITO\n\nEl gobierno de Ecuador firmó un contrato con la empresa china CEIEC para"
                + " ampliar el sistema de videovigilancia ECU 911 en las provincias, según el"
                + " ministerio.");
    assertThat(doc.language()).isEqualTo("es");
    assertThat(documentPage(name, doc))
        .contains("<span id=\"document-language\">Spanish (es)</span>");

    StoredDocument english =
        pasteNewDocument(
            name,
            "Huawei delivered surveillance cameras to Kenya's police in 2019, the ministry said.");
    assertThat(english.language()).isEqualTo("en");
    assertThat(documents.waiting(50))
        .filteredOn(w -> w.id() == english.id())
        .extracting(WaitingDocument::language)
        .containsExactly("en");
    String queue =
        mvc.perform(get("/review/extract").with(SignedIn.as(accounts, name, Role.CONTRIBUTOR)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(queue).contains("· English (en)");
  }
}
