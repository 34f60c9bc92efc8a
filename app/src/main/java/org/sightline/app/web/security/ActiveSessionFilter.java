package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sightline.store.accounts.Accounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session lasts only while its account is enabled: on every request the account is
 * looked up, and a session whose user was disabled (from the CLI or the admin page, possibly on
 * another instance) is ended at once and the request goes on as anonymous. Tokens are checked the
 * same way by {@link BearerTokenFilter}.
 */
class ActiveSessionFilter extends OncePerRequestFilter {
  private final Accounts accounts;

  ActiveSessionFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.isAuthenticated()
        && !(auth instanceof AnonymousAuthenticationToken)
        && !accounts.findUser(auth.getName()).map(a -> !a.disabled()).orElse(false)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }
}
