package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sightline.app.web.DatabaseOutage;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * Answers 503 when the database is unreachable in a filter (signed-in sessions and bearer tokens
 * are looked up before any controller runs, so the controllers' error handlers never see those
 * failures): JSON for the API, the error page otherwise.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {
  private final ITemplateEngine pages;

  DatabaseOutageFilter(ITemplateEngine pages) {
    this.pages = pages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      DatabaseOutage.note(e);
      response.reset();
      response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      if (request.getRequestURI().startsWith("/api/")) {
        SecurityErrors.json(response, 503, "unavailable", DatabaseOutage.MESSAGE);
      } else {
        ErrorPage.render(pages, response, 503, "Temporarily unavailable", DatabaseOutage.MESSAGE);
      }
    }
  }
}
