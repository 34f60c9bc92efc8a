package org.sightline.app.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in page, the password change a new account must make before anything else, and the
 * account page. Pages render in the site's layout and never in the public page cache.
 */
@Controller
class AccountController {
  static final int MIN_PASSWORD = 12;

  private final Accounts accounts;
  private final PasswordEncoder encoder;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final RequestCache savedRequests = new HttpSessionRequestCache();

  AccountController(Accounts accounts, PasswordEncoder encoder) {
    this.accounts = accounts;
    this.encoder = encoder;
  }

  @GetMapping("/login")
  ModelAndView login(Authentication auth, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    ModelAndView mav = new ModelAndView("login");
    mav.addObject("title", "Sign in");
    mav.addObject("username", Roles.currentUsername());
    return mav;
  }

  @GetMapping("/account/password")
  ModelAndView passwordForm(Authentication auth, HttpServletResponse response) {
    return passwordPage(auth, null, response);
  }

  @PostMapping("/account/password")
  ModelAndView changePassword(
      Authentication auth,
      @RequestParam("current") String current,
      @RequestParam("password") String password,
      @RequestParam("confirm") String confirm,
      HttpServletRequest request,
      HttpServletResponse response) {
    Account account = accounts.findUser(auth.getName()).orElse(null);
    if (account == null || account.disabled()) {
      return passwordPage(auth, "This account can no longer sign in.", response);
    }
    String problem = null;
    if (!encoder.matches(current, account.passwordHash())) {
      problem = "The current password is not right.";
    } else if (password.length() < MIN_PASSWORD) {
      problem = "The new password needs at least " + MIN_PASSWORD + " characters.";
    } else if (!password.equals(confirm)) {
      problem = "The two new passwords differ.";
    } else if (password.equals(current)) {
      problem = "The new password must differ from the current one.";
    }
    if (problem != null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return passwordPage(auth, problem, response);
    }
    accounts.changePassword(account.username(), encoder.encode(password));
    // The session now carries the account's real role instead of "must change password".
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            account.username(), null, Roles.authorities(account.role())));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    // On to the page the user was going to before the password form, else to their work.
    SavedRequest going = savedRequests.getRequest(request, response);
    if (going != null) {
      savedRequests.removeRequest(request, response);
      return new ModelAndView("redirect:" + going.getRedirectUrl());
    }
    return new ModelAndView("redirect:/my-work?password-changed");
  }

  /** The signed-in user's account: who they are, and whether public history may name them. */
  @GetMapping("/account")
  ModelAndView account(
      Authentication auth,
      @RequestParam(name = "saved", required = false) String saved,
      HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    Account account = accounts.findUser(auth.getName()).orElse(null);
    ModelAndView mav = new ModelAndView("account");
    mav.addObject("title", "Your account");
    mav.addObject("username", auth.getName());
    mav.addObject("role", account == null ? null : account.role().key());
    mav.addObject("publicName", account != null && accounts.showsPublicName(account.username()));
    mav.addObject("saved", saved != null);
    return mav;
  }

  /**
   * Opt-in naming: contributors may be at risk, so public history shows a role unless the user
   * ticks this box. An unticked checkbox sends nothing, hence the optional parameter.
   */
  @PostMapping("/account/public-name")
  String publicName(
      Authentication auth,
      @RequestParam(name = "public_name", required = false) String publicName) {
    accounts.setPublicName(auth.getName(), publicName != null);
    return "redirect:/account?saved";
  }

  private ModelAndView passwordPage(
      Authentication auth, String problem, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    ModelAndView mav = new ModelAndView("password");
    mav.addObject("title", "Choose a password");
    mav.addObject("username", auth.getName());
    mav.addObject("problem", problem);
    mav.addObject("minLength", MIN_PASSWORD);
    return mav;
  }
}
