package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sightline.app.web.Roles;

/**
 * Limits {@code /api/**} by the caller's {@link ApiBudget}. Runs after Spring Security, so it knows
 * who is calling (a bad token has already been answered 401).
 */
final class ApiRateLimitFilter extends org.springframework.web.filter.OncePerRequestFilter {
  private final ApiBudget budget;

  ApiRateLimitFilter(ApiBudget budget) {
    this.budget = budget;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (budget.admit(request, response, Roles.currentUsername())) {
      chain.doFilter(request, response);
    }
  }
}
