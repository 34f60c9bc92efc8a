package org.sightline.app.web;

import java.util.Collection;
import java.util.List;
import org.sightline.store.accounts.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The bridge between the store's roles and Spring Security's authorities. */
public final class Roles {
  /**
   * The only authority of a user who logged in with a one-time password: it opens the password page
   * and nothing else until the password is changed.
   */
  public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

  private Roles() {}

  public static String authority(Role role) {
    return "ROLE_" + role.name();
  }

  public static List<GrantedAuthority> authorities(Role role) {
    return List.of(new SimpleGrantedAuthority(authority(role)));
  }

  /** Whether the current request acts with at least this role (hierarchy applied). */
  public static boolean currentHas(Role role) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return false;
    }
    return highest(auth.getAuthorities()).map(r -> r.includes(role)).orElse(false);
  }

  /**
   * The username of the current request, which must act with at least {@code role}. The security
   * rules let no one reach a write without its role; this is the second lock every write uses.
   */
  public static String currentUser(Role role) {
    String name = currentUsername();
    if (name == null || !currentHas(role)) {
      throw new IllegalStateException("a " + role.key() + "'s step without one signed in");
    }
    return name;
  }

  /** The username of the current request, or null for anonymous readers. */
  public static String currentUsername() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || highest(auth.getAuthorities()).isEmpty()) {
      return null;
    }
    return auth.getName();
  }

  private static java.util.Optional<Role> highest(
      Collection<? extends GrantedAuthority> authorities) {
    Role best = null;
    for (GrantedAuthority a : authorities) {
      for (Role r : Role.values()) {
        if (authority(r).equals(a.getAuthority()) && (best == null || r.includes(best))) {
          best = r;
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }
}
