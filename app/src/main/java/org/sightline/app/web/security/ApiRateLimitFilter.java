package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sightline.app.web.Roles;
import org.thymeleaf.ITemplateEngine;

/**
 * Limits {@code /api/**} and the screening page's form ({@code POST /screen}, which does the same
 * work as the API) by the caller's {@link ApiBudget}. Over the budget the answer is 429 with {@code
 * Retry-After}, in the JSON error contract for the API and as the error page for the form. Runs
 * after Spring Security, so it knows who is calling (a bad token has already been answered 401).
 */
final class ApiRateLimitFilter extends org.springframework.web.filter.OncePerRequestFilter {
  private final ApiBudget budget;
  private final ITemplateEngine pages;

  ApiRateLimitFilter(ApiBudget budget, ITemplateEngine pages) {
    this.budget = budget;
    this.pages = pages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isApi(request) && !isScreeningForm(request);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static boolean isScreeningForm(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + "/screen");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = Roles.currentUsername();
    if (isApi(request)) {
      if (budget.admit(request, response, user)) {
        chain.doFilter(request, response);
      }
      return;
    }
    Budgets.Verdict verdict = budget.spend(request, user);
    if (!verdict.allowed()) {
      response.setHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()));
      ErrorPage.render(
          pages,
          response,
          429,
          "Too many requests",
          "Too many screenings from here; try again in "
              + verdict.retryAfterSeconds()
              + " seconds.");
      return;
    }
    response.setHeader("X-RateLimit-Remaining", Long.toString(verdict.remaining()));
    chain.doFilter(request, response);
  }
}
