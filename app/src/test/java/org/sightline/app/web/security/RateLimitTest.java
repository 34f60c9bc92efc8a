package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.accounts.Role;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

/**
 * Rate limits with budgets small enough to reach: anonymous API callers per client, token users per
 * user, and failed sign-ins per client; over the budget the answer is 429 with Retry-After. The
 * budgets refill over an hour, so nothing here depends on how fast the test runs. Each test spends
 * a different budget (all MockMvc requests come from one address).
 */
@TestPropertySource(
    properties = {
      "sightline.rate-limit.period=1h",
      "sightline.rate-limit.anonymous=3",
      "sightline.rate-limit.authenticated=4",
      "sightline.rate-limit.login-period=1h",
      "sightline.rate-limit.login-failures=3"
    })
class RateLimitTest extends SecurityTestContext {

  @Test
  void anonymousApiCallsBeyondTheBudgetGet429WithRetryAfter() throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(get("/api/v1/countries"))
          .andExpect(status().isOk())
          .andExpect(header().string("X-RateLimit-Remaining", String.valueOf(2 - i)));
    }
    MockHttpServletResponse refused =
        mvc.perform(get("/api/v1/transfers"))
            .andExpect(status().isTooManyRequests())
            .andExpect(jsonPath("$.error").value("too_many_requests"))
            .andExpect(jsonPath("$.message", containsString("try again in")))
            .andReturn()
            .getResponse();
    long retryAfter = Long.parseLong(refused.getHeader("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 3600L);

    // Pages are not limited here, and a token user has a budget of their own.
    mvc.perform(get("/")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/countries").header("Authorization", bearer(token(Role.CONTRIBUTOR))))
        .andExpect(status().isOk());
  }

  @Test
  void eachTokenUserHasABudgetOfTheirOwn() throws Exception {
    String first = bearer(token(Role.REVIEWER));
    String second = bearer(token(Role.REVIEWER));
    for (int i = 0; i < 4; i++) {
      mvc.perform(get("/api/v1/stats").header("Authorization", first))
          .andExpect(status().is2xxSuccessful());
    }
    mvc.perform(get("/api/v1/stats").header("Authorization", first))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    mvc.perform(get("/api/v1/stats").header("Authorization", second))
        .andExpect(status().is2xxSuccessful());
  }

  @Test
  void repeatedFailedSignInsFromOneClientGet429EvenForAnotherName() throws Exception {
    for (int i = 0; i < 3; i++) {
      mvc.perform(
              post("/login")
                  .param("username", "nobody-" + i)
                  .param("password", "guess")
                  .with(csrf()))
          .andExpect(redirectedUrl("/login?error"));
    }
    String name = user(Role.CONTRIBUTOR);
    MockHttpServletResponse refused =
        mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
            .andExpect(status().isTooManyRequests())
            .andExpect(content().string(containsString("Too many failed sign-ins")))
            .andReturn()
            .getResponse();
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);

    // Over real HTTP (from the same address as MockMvc's requests) the browser gets the page.
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body()).contains("Too many failed sign-ins").doesNotContain("127.0.0.1");
  }
}
