package org.sightline.app.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.app.web.PageController;
import org.sightline.app.web.Roles;
import org.sightline.core.schema.Checks;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.ApiToken;
import org.sightline.store.audit.AuditFilter;
import org.sightline.store.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin-only pages (the security rules give {@code /admin/**} to admins): the audit log with
 * filters, and the accounts with their tokens, where an admin disables or enables a user and
 * revokes a token (POST forms with CSRF tokens). Nothing here shows a password, hash or secret.
 */
@PageController
record AdminPagesController(Accounts accounts, AuditLog audit) {
  static final int AUDIT_PAGE = 500;

  /** One user of the accounts table, with their tokens. */
  record UserRow(Account account, String state, String created, List<TokenRow> tokens) {}

  /** One token: never its secret or hash, only the prefix that tells tokens apart. */
  record TokenRow(ApiToken token, String state, String expires, String lastUsed) {}

  @GetMapping("/admin/audit")
  ModelAndView audit(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String entity,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      HttpServletResponse response) {
    noStore(response);
    List<String> problems = new ArrayList<>();
    String entityType = filterValue(entity);
    if (entityType != null && !AuditLog.ENTITY_TYPES.contains(entityType)) {
      problems.add("Unknown entity type '" + entityType + "'.");
      entityType = null;
    }
    AuditFilter filter =
        new AuditFilter(
            filterValue(user), entityType, day("from", from, problems), day("to", to, problems));
    ModelAndView mav = new ModelAndView("admin-audit");
    mav.addObject("title", "Audit log");
    mav.addObject("entries", audit.newest(filter, AUDIT_PAGE));
    mav.addObject("limit", AUDIT_PAGE);
    mav.addObject("filter", filter);
    mav.addObject("entityTypes", AuditLog.ENTITY_TYPES);
    mav.addObject("problems", problems);
    if (!problems.isEmpty()) {
      mav.setStatus(HttpStatus.BAD_REQUEST);
    }
    return mav;
  }

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

  private static LocalDate day(String name, String value, List<String> problems) {
    String v = filterValue(value);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add("'" + name + "' must be a day like 2026-11-29.");
      return null;
    }
  }

  private static String day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** A filter as typed: blank is no filter; keys and usernames are lower case. */
  private static String filterValue(String s) {
    String t = Checks.blankToNull(s);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
