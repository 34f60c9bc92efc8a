package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sightline.app.web.Roles;

/**
 * Limits {@code /api/**}: a signed-in user or token owner spends from their own budget, an
 * anonymous client from the budget of its {@link ClientKeys key}. Over the budget the answer is 429
 * with {@code Retry-After} in the JSON error contract. Runs after Spring Security, so it knows who
 * is calling (a bad token has already been answered 401).
 */
final class ApiRateLimitFilter extends org.springframework.web.filter.OncePerRequestFilter {
  private final ClientKeys keys;
  private final Budgets anonymous;
  private final Budgets authenticated;

  ApiRateLimitFilter(ClientKeys keys, RateLimitProperties properties) {
    this.keys = keys;
    this.anonymous = new Budgets(properties.anonymous(), properties.period());
    this.authenticated = new Budgets(properties.authenticated(), properties.period());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = Roles.currentUsername();
    Budgets.Verdict verdict =
        user == null ? anonymous.take(keys.of(request)) : authenticated.take("user:" + user);
    if (!verdict.allowed()) {
      response.setHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
      SecurityErrors.json(
          response,
          429,
          "too_many_requests",
          "too many requests; try again in " + verdict.retryAfterSeconds() + " seconds");
      return;
    }
    response.setHeader("X-RateLimit-Remaining", Long.toString(verdict.remaining()));
    chain.doFilter(request, response);
  }
}
