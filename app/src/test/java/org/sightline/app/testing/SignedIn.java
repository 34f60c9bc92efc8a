package org.sightline.app.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in session for MockMvc whose user really exists: sessions of accounts that are missing
 * or disabled are ended on every request ((the web module's ActiveSessionFilter)), so a made-up
 * principal would be treated as anonymous.
 */
public final class SignedIn {
  private SignedIn() {}

  /** Signs in as {@code name} with {@code role}, creating the account on first use. */
  public static RequestPostProcessor as(Accounts accounts, String name, Role role) {
    if (accounts.findUser(name).isEmpty()) {
      // Never used to sign in: the session is made by the test, not by the login form.
      accounts.createUser(name, "{noop}not-a-password", role, false);
    }
    return user(name).roles(role.name());
  }
}
