package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.ApiToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: a token that is unknown, expired or revoked, or whose user
 * is disabled, is answered 401 at once (never treated as anonymous, so a script notices). A good
 * token authenticates this request only; nothing is kept in a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {
  static final String PREFIX = "Bearer ";

  private final Accounts accounts;
  private final Clock clock;

  BearerTokenFilter(Accounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  static boolean hasBearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearer(request)) {
      chain.doFilter(request, response);
      return;
    }
    String secret = request.getHeader("Authorization").substring(PREFIX.length()).trim();
    Optional<ApiToken> token =
        accounts.findActiveToken(secret).filter(t -> t.usableAt(clock.instant()));
    if (token.isEmpty()) {
      SecurityErrors.json(
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "unauthorized",
          "the bearer token is unknown, expired or revoked");
      return;
    }
    ApiToken t = token.get();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (!today.equals(t.lastUsedOn())) {
      // The day of last use is all that is kept: one write per token and day, not per request.
      accounts.recordUse(t.id(), today);
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            t.username(), null, Roles.authorities(t.role())));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
