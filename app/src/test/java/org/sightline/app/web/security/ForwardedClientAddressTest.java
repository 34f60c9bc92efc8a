package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a proxy that appends to X-Forwarded-For (nginx as the README configures it), the client is
 * the address the proxy saw, the right-most one: whatever a client writes in front of it, or in a
 * Forwarded header the proxy passes through, does not give it a new anonymous budget. Over real
 * HTTP, since the server reads these headers before the application.
 */
@TestPropertySource(
    properties = {
      "server.forward-headers-strategy=native",
      "sightline.rate-limit.period=1h",
      "sightline.rate-limit.anonymous=2"
    })
class ForwardedClientAddressTest extends SecurityTestContext {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void addressesAClientWritesBeforeTheProxysOwnDoNotRenewItsBudget() throws Exception {
    for (int i = 1; i <= 2; i++) {
      HttpResponse<String> admitted =
          get(
              "/api/v1/countries",
              "X-Forwarded-For",
              "198.51.100." + i + ", 203.0.113.7",
              "Forwarded",
              "for=192.0.2." + i);
      assertThat(admitted.statusCode()).isEqualTo(200);
      assertThat(admitted.headers().firstValue("X-RateLimit-Remaining")).hasValue("" + (2 - i));
    }
    HttpResponse<String> refused =
        get(
            "/api/v1/countries",
            "X-Forwarded-For",
            "198.51.100.3, 203.0.113.7",
            "Forwarded",
            "for=192.0.2.3");
    assertThat(refused.statusCode()).isEqualTo(429);
  }

  @Test
  void eachAddressTheProxySawHasABudgetOfItsOwnAndItsSchemeCounts() throws Exception {
    for (String client : new String[] {"203.0.113.8", "203.0.113.9"}) {
      HttpResponse<String> first = get("/api/v1/stats", "X-Forwarded-For", client);
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
    }
    // The scheme the proxy reports: HTTPS answers carry Strict-Transport-Security, plain ones not.
    assertThat(
            get("/", "X-Forwarded-Proto", "https")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .isPresent();
    assertThat(get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
