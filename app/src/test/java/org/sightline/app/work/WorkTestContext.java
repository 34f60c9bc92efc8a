package org.sightline.app.work;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.sightline.app.extraction.ExtractTestContext;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A contributor's work made the way the pages make it: a pasted article, an accepted candidate. */
abstract class WorkTestContext extends ExtractTestContext {

  /** Pastes a text (with an address of its own) on /review/extract; returns the document's id. */
  long paste(RequestPostProcessor session, String text) throws Exception {
    return paste(session, text, "https://example.org/" + uuid());
  }

  /** Pastes a text with the given address, or none when it is null; the document's id. */
  long paste(RequestPostProcessor session, String text, String address) throws Exception {
    MockMultipartHttpServletRequestBuilder form = multipart("/review/extract").param("text", text);
    if (address != null) {
      form.param("url", address);
    }
    String url =
        mvc.perform(form.with(session).with(csrf())).andReturn().getResponse().getRedirectedUrl();
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

  /** Pastes a text and accepts its first candidate; returns the new draft's id. */
  String draftFrom(RequestPostProcessor session, String text) throws Exception {
    return accept(session, paste(session, text), 1);
  }

  static String uuid() {
    return UUID.randomUUID().toString();
  }
}
