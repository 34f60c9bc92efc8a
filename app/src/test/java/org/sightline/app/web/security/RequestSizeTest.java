package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.accounts.Role;
import org.springframework.http.MediaType;

/**
 * Oversized requests are refused before anything reads them: JSON bodies over 1 MB and form posts
 * over 256 KB get 413 with one clear message (JSON for the API, a page for forms), whether or not
 * they declare their length; oversized headers are refused by the server itself.
 */
class RequestSizeTest extends SecurityTestContext {
  static final int MB = 1024 * 1024;

  @Test
  void aJsonBodyOverOneMegabyteIs413Json() throws Exception {
    String token = bearer(token(Role.CONTRIBUTOR));
    String big = "{\"summary\":\"" + "a".repeat(MB) + "\"}";

    mvc.perform(postJson("/api/v1/transfers", token, big))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.error").value("payload_too_large"))
        .andExpect(
            jsonPath("$.message").value("the request body is larger than the limit of 1 MB"));

    // Just under the limit the body is read and judged on its content (here: not a valid record).
    String under = "{\"summary\":\"" + "a".repeat(MB - 100) + "\"}";
    int status =
        mvc.perform(postJson("/api/v1/transfers", token, under))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(400);
  }

  @Test
  void aBodyWithoutADeclaredLengthIsCutOffAtTheLimit() throws Exception {
    byte[] big = new byte[MB + 10];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/transfers"))
                    .header("Content-Type", "application/json")
                    // An input stream of unknown length is sent chunked, without Content-Length.
                    .POST(
                        HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"error\":\"payload_too_large\"");
  }

  @Test
  void aFormPostOverTheLimitIs413Page() throws Exception {
    mvc.perform(
            post("/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("username=kite&password=" + "a".repeat(300 * 1024)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("larger than the limit of 256 KB")));
  }

  @Test
  void oversizedHeadersAreRefusedByTheServer() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/countries"))
                    .header("X-Padding", "a".repeat(20 * 1024))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    // 431 Request Header Fields Too Large (RFC 6585), Jetty's answer (Tomcat's was a plain 400).
    assertThat(response.statusCode()).isEqualTo(431);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
