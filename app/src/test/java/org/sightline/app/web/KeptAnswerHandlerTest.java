package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.db.DatabaseException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Kept answers are sent by Jetty's handler ahead of the servlet layer, and they are the answers the
 * cache's filter sends: over real HTTP, each request is made twice, once as the handler takes it
 * and once with an unrelated cookie, which the handler leaves to the servlet layer while the filter
 * still treats the reader as anonymous and answers from the same cache. The handler's count of
 * answers tells which one answered.
 */
@TestPropertySource(
    properties = {
      "server.forward-headers-strategy=native",
      "sightline.rate-limit.period=1h",
      "sightline.rate-limit.anonymous=3"
    })
class KeptAnswerHandlerTest extends SecurityTestContext {
  private static final String PAGE = "/countries/EC";
  private static final String API = "/api/v1/countries/EC";
  private static final String[] VIA_FILTER = {"Cookie", "unrelated=1"};

  private final HttpClient http = HttpClient.newHttpClient();
  @Autowired private KeptAnswerHandler handler;
  @MockitoSpyBean private RegisterHead head;

  @Test
  void aKeptPageIsSentByTheHandlerAsTheFilterSendsIt() throws Exception {
    keep(PAGE);
    Answer byHandler = byHandler("GET", PAGE);
    Answer byFilter = byFilter("GET", PAGE);

    assertThat(byHandler.status()).isEqualTo(200);
    assertThat(byHandler).isEqualTo(byFilter);
    assertThat(byHandler.headers())
        .containsKeys("etag", "last-modified", "content-security-policy", "content-language")
        .containsEntry("cache-control", List.of("no-cache"))
        .doesNotContainKeys("set-cookie", "content-encoding");
    assertThat(byHandler.headers().get("vary")).contains("Cookie", "Accept-Encoding");
    assertThat(byHandler.headers().get("content-length"))
        .containsExactly(Integer.toString(byHandler.body().length));
  }

  @Test
  void theGzipFormHeadAndRevalidationAreTheFiltersToo() throws Exception {
    keep(PAGE);
    String[] gzip = {"Accept-Encoding", "br, gzip"};
    Answer zipped = byHandler("GET", PAGE, gzip);
    assertThat(zipped).isEqualTo(byFilter("GET", PAGE, gzip));
    assertThat(zipped.headers().get("content-encoding")).containsExactly("gzip");
    Answer plain = byHandler("GET", PAGE);
    assertThat(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
        .isEqualTo(plain.body());

    Answer head = byHandler("HEAD", PAGE);
    assertThat(head).isEqualTo(byFilter("HEAD", PAGE));
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().get("content-length"))
        .containsExactly(Integer.toString(plain.body().length));

    String etag = plain.headers().get("etag").get(0);
    Answer notModified = byHandler("GET", PAGE, "If-None-Match", etag);
    assertThat(notModified.status()).isEqualTo(304);
    assertThat(notModified).isEqualTo(byFilter("GET", PAGE, "If-None-Match", etag));
    String since = plain.headers().get("last-modified").get(0);
    Answer unchanged = byHandler("GET", PAGE, "If-Modified-Since", since);
    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(unchanged).isEqualTo(byFilter("GET", PAGE, "If-Modified-Since", since));
    Answer stale = byHandler("GET", PAGE, "If-None-Match", "W/\"an-older-version\"");
    assertThat(stale.status()).isEqualTo(200);
  }

  @Test
  void cachedApiAnswersSpendTheBudgetOfTheAddressTheProxySaw() throws Exception {
    keep(API);
    // Whatever a client writes before the proxy's own address, the budget is the proxy's view.
    String proxySaw = "203.0.113.21";
    List<Answer> admitted = new ArrayList<>();
    admitted.add(byHandler("GET", API, "X-Forwarded-For", "198.51.100.1, " + proxySaw));
    admitted.add(byFilter("GET", API, "X-Forwarded-For", "198.51.100.2, " + proxySaw));
    admitted.add(byHandler("GET", API, "X-Forwarded-For", proxySaw));
    for (int i = 0; i < admitted.size(); i++) {
      assertThat(admitted.get(i).status()).isEqualTo(200);
      assertThat(admitted.get(i).headers().get("x-ratelimit-remaining"))
          .containsExactly(Integer.toString(2 - i));
    }
    assertThat(admitted.get(0).without("x-ratelimit-remaining"))
        .isEqualTo(admitted.get(1).without("x-ratelimit-remaining"));
    assertThat(admitted.get(0).headers()).containsKey("sightline-register-version");

    Answer refused = byHandler("GET", API, "X-Forwarded-For", "198.51.100.3, " + proxySaw);
    Answer refusedByFilter = byFilter("GET", API, "X-Forwarded-For", proxySaw);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers().get("retry-after")).singleElement().asString().matches("[0-9]+");
    assertThat(refused.bodyText()).contains("\"error\":\"too_many_requests\"");
    // The seconds to wait may have moved on between the two.
    assertThat(refused.withoutSeconds()).isEqualTo(refusedByFilter.withoutSeconds());

    assertThat(byHandler("GET", API, "X-Forwarded-For", "203.0.113.22").status())
        .as("another address the proxy saw has a budget of its own")
        .isEqualTo(200);
  }

  @Test
  void theSchemeTheProxyReportsChoosesTheKeptAnswer() throws Exception {
    String[] https = {"X-Forwarded-Proto", "https"};
    keep(PAGE, https);
    Answer secure = byHandler("GET", PAGE, https);
    assertThat(secure).isEqualTo(byFilter("GET", PAGE, https));
    assertThat(secure.headers()).containsKey("strict-transport-security");
    assertThat(byHandler("GET", PAGE).headers()).doesNotContainKey("strict-transport-security");
  }

  @Test
  void readersWhoMayBeSignedInAndOtherMethodsGoToTheServletLayer() throws Exception {
    keep(PAGE);
    long before = handler.answered();
    send("GET", PAGE, "Authorization", "Bearer sl_not-a-token");
    send("GET", PAGE, "Cookie", "JSESSIONID=node0unknown");
    send("GET", PAGE + ";jsessionid=node0unknown");
    send("POST", PAGE);
    send("GET", "/about");
    assertThat(handler.answered()).isEqualTo(before);
  }

  @Test
  void duringADatabaseOutageAKeptPageIsAnsweredAsBefore503() throws Exception {
    keep(PAGE);
    doThrow(
            new DatabaseException(
                "reading the register failed",
                new SQLTransientConnectionException("sightline - Connection is not available")))
        .when(head)
        .current();
    try {
      long before = handler.answered();
      Answer page = send("GET", PAGE);
      Answer api = send("GET", API, "X-Forwarded-For", "203.0.113.30");
      assertThat(handler.answered()).as("the servlet layer answered").isEqualTo(before);
      assertThat(page.status()).isEqualTo(503);
      assertThat(page.headers().get("retry-after"))
          .containsExactly(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      assertThat(page).isEqualTo(send("GET", PAGE, VIA_FILTER));
      assertThat(api.status()).isEqualTo(503);
      assertThat(api.bodyText()).contains("\"error\":\"unavailable\"");
    } finally {
      reset(head);
    }
    assertThat(byHandler("GET", PAGE).status()).isEqualTo(200);
  }

  /** Renders the answer once (through the servlet layer) so that it is kept. */
  private void keep(String path, String... headers) throws Exception {
    assertThat(send("GET", path, headers).status()).isEqualTo(200);
  }

  private Answer byHandler(String method, String path, String... headers) throws Exception {
    long before = handler.answered();
    Answer answer = send(method, path, headers);
    assertThat(handler.answered()).as("answered by the handler").isEqualTo(before + 1);
    return answer;
  }

  private Answer byFilter(String method, String path, String... headers) throws Exception {
    long before = handler.answered();
    String[] all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    System.arraycopy(VIA_FILTER, 0, all, headers.length, 2);
    Answer answer = send(method, path, all);
    assertThat(handler.answered()).as("answered by the servlet layer").isEqualTo(before);
    return answer;
  }

  private Answer send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    Map<String, List<String>> kept = new TreeMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              // The date is the moment of sending; the client's own pseudo-headers are not sent.
              if (!lower.equals("date") && !lower.startsWith(":")) {
                kept.put(lower, values.stream().sorted().toList());
              }
            });
    return new Answer(response.statusCode(), kept, response.body());
  }

  /** An answer as a client sees it, without its Date. */
  private record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    Answer without(String header) {
      Map<String, List<String>> rest = new TreeMap<>(headers);
      rest.remove(header);
      return new Answer(status, rest, body);
    }

    /** The answer with the seconds to wait taken out of its Retry-After and its message. */
    Answer withoutSeconds() {
      Answer rest = without("retry-after");
      return new Answer(
          status,
          rest.headers(),
          bodyText().replaceAll("[0-9]+ seconds", "N seconds").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Answer a
          && status == a.status
          && headers.equals(a.headers)
          && java.util.Arrays.equals(body, a.body);
    }

    @Override
    public int hashCode() {
      return status * 31 + headers.hashCode();
    }

    @Override
    public String toString() {
      return status + " " + headers + " (" + body.length + " bytes)";
    }
  }
}
