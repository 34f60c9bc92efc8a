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
      SecurityErrors.json(response, 429, TOO_MANY, tooMany(verdict.retryAfterSeconds()));
      return false;
    }
    response.setHeader("X-RateLimit-Remaining", Long.toString(verdict.remaining()));
    return true;
  }

  /**
   * Spends one request of an anonymous caller's budget, the caller known only by its address as the
   * server reports it: for answers written without the servlet API (the public cache's Jetty
   * handler), which send what {@link #admit} would have.
   */
  public Admission admitAnonymous(String remoteAddress) {
    if (!enabled) {
      return Admission.UNLIMITED;
    }
    Budgets.Verdict verdict = anonymous.take(keys.of(remoteAddress));
    return new Admission(verdict.allowed(), verdict.remaining(), verdict.retryAfterSeconds());
  }

  /**
   * One anonymous request's spending: when admitted, {@code remaining} goes in {@code
   * X-RateLimit-Remaining} (none when the limits are off); when not, the answer is 429 with {@code
   * Retry-After} and {@link #refusal()} as its JSON body, sent with {@code Cache-Control:
   * no-store}.
   */
  public record Admission(boolean admitted, long remaining, long retryAfterSeconds) {
    static final Admission UNLIMITED = new Admission(true, -1, 0);

    /** Whether the limits are on, so the remaining budget is told. */
    public boolean limited() {
      return remaining >= 0;
    }

    public String refusal() {
      return SecurityErrors.body(TOO_MANY, tooMany(retryAfterSeconds));
    }
  }

  private static final String TOO_MANY = "too_many_requests";

  private static String tooMany(long retryAfterSeconds) {
    return "too many requests; try again in " + retryAfterSeconds + " seconds";
  }

  /** Takes one request from the caller's budget, whatever the answer to a refusal will be. */
  Budgets.Verdict spend(HttpServletRequest request, String user) {
    return user == null ? anonymous.take(keys.of(request)) : authenticated.take("user:" + user);
  }
}
