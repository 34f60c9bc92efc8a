package org.sightline.app.testing;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** What tests read from an answer. */
public final class Bodies {
  private Bodies() {}

  /** The body of an answer that must be 200 OK, as UTF-8 text (pages and JSON alike). */
  public static String okBody(MockMvc mvc, RequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
