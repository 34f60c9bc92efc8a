package org.sightline.app.web.security;

import java.util.List;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Form login reads accounts from the store. A user who must still change the one-time password gets
 * {@link Roles#PASSWORD_CHANGE_REQUIRED} instead of a role, so until then every protected action is
 * refused.
 */
record AccountUserDetails(Accounts accounts, LoginThrottle throttle) implements UserDetailsService {
  @Override
  public UserDetails loadUserByUsername(String username) {
    Account account =
        accounts
            .findUser(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .disabled(account.disabled())
        // Checked before the password, so a locked name gives no hint whether a guess was right.
        .accountLocked(throttle.isLocked(account.username()))
        .authorities(
            account.mustChangePassword()
                ? List.of(new SimpleGrantedAuthority(Roles.PASSWORD_CHANGE_REQUIRED))
                : Roles.authorities(account.role()))
        .build();
  }
}
