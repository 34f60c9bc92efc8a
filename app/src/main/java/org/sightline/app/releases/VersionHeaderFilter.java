package org.sightline.app.releases;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sightline.app.web.DatabaseOutage;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the register version on every API answer and feed ({@code Sightline-Register-Version}), so
 * a figure read from the API can be cited and rebuilt from the matching release.
 */
@Component
// After Spring Security (-100), so security headers and sign-in are settled. The public cache
// (before security) keeps this header with a cached answer and sends it again.
@Order(-99)
class VersionHeaderFilter extends OncePerRequestFilter {
  static final String HEADER = "Sightline-Register-Version";

  private final RegisterVersions versions;

  VersionHeaderFilter(RegisterVersions versions) {
    this.versions = versions;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") && !path.startsWith("/feeds/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String version = null;
    try {
      version = versions.current().version();
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      // The database is away: the request itself answers with the outage error.
    }
    if (version != null) {
      response.setHeader(HEADER, version);
    }
    chain.doFilter(request, response);
  }
}
