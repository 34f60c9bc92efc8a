package org.sightline.app.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is reading the page, for the header ({@code ${sessionViewer.name()}}, a request attribute set
 * by {@link ViewerAttribute}): the signed-in username, or whether the session still has to choose a
 * password. Anonymous pages (the only ones the public page cache keeps) show "Sign in".
 */
@Component
public class Viewer {
  /** The signed-in username, or null for anonymous readers (and sessions without a role yet). */
  public String name() {
    return Roles.currentUsername();
  }

  /** True for a session signed in with a one-time password that is not changed yet. */
  public boolean mustChangePassword() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.isAuthenticated()
        && auth.getAuthorities().stream()
            .anyMatch(a -> Roles.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
  }
}
