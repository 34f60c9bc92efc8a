package org.sightline.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.sightline.app.web.Roles;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * 401 and 403 for the API in the JSON error contract ({@code {"error":..., "message":...}}). The
 * messages are fixed sentences, so the body is written directly.
 */
final class SecurityErrors {
  private SecurityErrors() {}

  static AuthenticationEntryPoint apiUnauthorized() {
    return (request, response, e) ->
        json(
            response,
            HttpServletResponse.SC_UNAUTHORIZED,
            "unauthorized",
            "sign in or send an API token (Authorization: Bearer ...)");
  }

  static AccessDeniedHandler apiForbidden() {
    return (request, response, e) ->
        json(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "forbidden",
            isCsrf(request, e)
                ? "the request lacks a valid CSRF token"
                : "your role does not allow this action");
  }

  /**
   * A 403 page in the site's layout (the error page), for browsers; except for a session that still
   * has to replace its one-time password, which is led to the password form and, once the password
   * is changed, on to the page it asked for.
   */
  static AccessDeniedHandler pageForbidden() {
    HttpSessionRequestCache saved = new HttpSessionRequestCache();
    return (request, response, e) -> {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      boolean mustChange =
          auth != null
              && auth.getAuthorities().stream()
                  .anyMatch(a -> Roles.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
      if (mustChange && !isCsrf(request, e)) {
        if ("GET".equals(request.getMethod())) {
          saved.saveRequest(request, response);
        }
        response.sendRedirect("/account/password");
        return;
      }
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      request.getRequestDispatcher(ForbiddenPage.FORBIDDEN).forward(request, response);
    };
  }

  private static boolean isCsrf(HttpServletRequest request, Exception e) {
    return e instanceof org.springframework.security.web.csrf.CsrfException;
  }

  static void json(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body(error, message));
  }

  /** The JSON error contract's body; error and message are fixed text that needs no escaping. */
  static String body(String error, String message) {
    return "{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}";
  }
}
