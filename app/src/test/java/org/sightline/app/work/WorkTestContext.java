package org.sightline.app.work;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.sightline.app.extraction.ExtractTestContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A contributor's work made the way the pages make it: a pasted article, an accepted candidate. */
abstract class WorkTestContext extends ExtractTestContext {

  /** Pastes a text (with an address of its own) on /review/extract; returns the document's id. */
  long paste(RequestPostProcessor session, String text) throws Exception {
    String url =
        mvc.perform(
                multipart("/review/extract")
                    .param("text", text)
                    .param("url", "https://example.org/" + uuid())
                    .with(session)
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
  }

  /** Accepts a candidate of a document that has no decision yet; returns the draft's id. */
  String accept(RequestPostProcessor session, long doc, int number) throws Exception {
    mvc.perform(
            post("/review/extract/documents/" + doc + "/candidates/" + number + "/accept")
                .with(session)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    return documents.labels(doc).get(0).transferId();
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }
}
