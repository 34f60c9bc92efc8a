package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * Failed sign-ins per client: each failure (wrong password, unknown name, locked name) spends from
 * the client's budget, and a client with none left gets 429 with {@code Retry-After} before its
 * password is even checked. This stops one client from guessing across many usernames, which the
 * per-username lock ({@link LoginThrottle}) cannot see. Runs before Spring Security.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {
  /** Set by the login failure handler, so this filter knows the attempt failed. */
  static final String FAILED = LoginRateLimitFilter.class.getName() + ".failed";

  private final ClientKeys keys;
  private final Budgets failures;
  private final ITemplateEngine pages;

  LoginRateLimitFilter(ClientKeys keys, RateLimitProperties properties, ITemplateEngine pages) {
    this.keys = keys;
    this.failures = new Budgets(properties.loginFailures(), properties.loginPeriod());
    this.pages = pages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !request.getRequestURI().equals(request.getContextPath() + "/login");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = keys.of(request);
    Budgets.Verdict verdict = failures.peek(key);
    if (!verdict.allowed()) {
      refuse(response, verdict.retryAfterSeconds());
      return;
    }
    chain.doFilter(request, response);
    if (Boolean.TRUE.equals(request.getAttribute(FAILED))) {
      failures.take(key);
    }
  }

  private void refuse(HttpServletResponse response, long seconds) throws IOException {
    response.setHeader("Retry-After", Long.toString(seconds));
    ErrorPage.render(
        pages,
        response,
        429,
        "Too many attempts",
        "Too many failed sign-ins came from your connection. Please wait "
            + Math.max(1, (seconds + 59) / 60)
            + " minute(s) and try again.");
  }
}
