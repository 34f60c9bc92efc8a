package org.sightline.app.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sightline.app.web.PageController;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.ApiToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin-only pages (the security rules give {@code /admin/**} to admins): the accounts with their
 * tokens, where an admin disables or enables a user and revokes a token (POST forms with CSRF
 * tokens). Nothing here shows a password, hash or secret. The audit log's page is the audit room's.
 */
@PageController
record AdminPagesController(Accounts accounts) {
  /** One user of the accounts table, with their tokens. */
  record UserRow(Account account, String state, String created, List<TokenRow> tokens) {}

  /** One token: never its secret or hash, only the prefix that tells tokens apart. */
  record TokenRow(ApiToken token, String state, String expires, String lastUsed) {}

  @GetMapping("/admin/users")
  ModelAndView users(HttpServletResponse response) {
    noStore(response);
    Instant now = Instant.now();
    List<TokenRow> tokens =
        accounts.tokens().stream()
            .map(
                t ->
                    new TokenRow(
                        t,
                        t.revoked() ? "revoked" : t.usableAt(now) ? "active" : "expired",
                        day(t.expiresAt()),
                        t.lastUsedOn() == null ? "never" : t.lastUsedOn().toString()))
            .toList();
    List<UserRow> rows = new ArrayList<>();
    for (Account a : accounts.users()) {
      String state = a.disabled() ? "disabled" : a.mustChangePassword() ? "new" : "active";
      rows.add(
          new UserRow(
              a,
              state,
              day(a.createdAt()),
              tokens.stream().filter(t -> t.token().username().equals(a.username())).toList()));
    }
    ModelAndView mav = new ModelAndView("admin-users");
    mav.addObject("title", "Accounts");
    mav.addObject("rows", rows);
    mav.addObject("me", Roles.currentUsername());
    return mav;
  }

  @PostMapping("/admin/users/{name}/disable")
  String disable(@PathVariable String name, RedirectAttributes flash) {
    String me = Roles.currentUsername();
    if (Accounts.username(name).equals(me)) {
      flash.addFlashAttribute("message", "You cannot disable your own account.");
      return "redirect:/admin/users";
    }
    return setDisabled(name, true, flash);
  }

  @PostMapping("/admin/users/{name}/enable")
  String enable(@PathVariable String name, RedirectAttributes flash) {
    return setDisabled(name, false, flash);
  }

  @PostMapping("/admin/tokens/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes flash) {
    boolean revoked = accounts.revokeToken(id, Roles.currentUsername());
    flash.addFlashAttribute(
        "message", revoked ? "Token " + id + " revoked." : "Token " + id + " was not active.");
    return "redirect:/admin/users";
  }

  private String setDisabled(String name, boolean disabled, RedirectAttributes flash) {
    Account account = accounts.findUser(name).orElse(null);
    if (account == null) {
      flash.addFlashAttribute("message", "No such user.");
    } else {
      accounts.setDisabled(account.username(), disabled, Roles.currentUsername());
      flash.addFlashAttribute(
          "message",
          "User '" + account.username() + "' " + (disabled ? "disabled." : "enabled again."));
    }
    return "redirect:/admin/users";
  }

  private static String day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
