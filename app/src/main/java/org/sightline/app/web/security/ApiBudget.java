package org.sightline.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The API's request budgets ({@code sightline.rate-limit}): a signed-in user or token owner spends
 * from their own, an anonymous client from the budget of its {@link ClientKeys key}. Spent by the
 * rate-limit filter and by the public cache, which answers anonymous API reads before the filter
 * chain reaches it.
 */
public final class ApiBudget {
  private final boolean enabled;
  private final ClientKeys keys;
  private final Budgets anonymous;
  private final Budgets authenticated;

  public ApiBudget(RateLimitProperties properties) {
    this.enabled = properties.enabled();
    this.keys = new ClientKeys();
    this.anonymous = new Budgets(properties.anonymous(), properties.period());
    this.authenticated = new Budgets(properties.authenticated(), properties.period());
  }

  /**
   * Spends one request of the caller's budget ({@code user} null for an anonymous caller). Returns
   * true to go on, with {@code X-RateLimit-Remaining} set; false when the answer is already
   * written: 429 with {@code Retry-After} in the JSON error contract.
   */
  public boolean admit(HttpServletRequest request, HttpServletResponse response, String user)
      throws IOException {
    if (!enabled) {
      return true;
    }
    Budgets.Verdict verdict = spend(request, user);
    if (!verdict.allowed()) {
      response.setHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
      SecurityErrors.json(
          response,
          429,
          "too_many_requests",
          "too many requests; try again in " + verdict.retryAfterSeconds() + " seconds");
      return false;
    }
    response.setHeader("X-RateLimit-Remaining", Long.toString(verdict.remaining()));
    return true;
  }

  /** Takes one request from the caller's budget, whatever the answer to a refusal will be. */
  Budgets.Verdict spend(HttpServletRequest request, String user) {
    return user == null ? anonymous.take(keys.of(request)) : authenticated.take("user:" + user);
  }
}
