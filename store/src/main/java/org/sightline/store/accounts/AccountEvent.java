package org.sightline.store.accounts;

/**
 * The actions the audit log records about accounts and tokens. Events name who acted and which
 * account or token; never an address, a user agent, a password or a token secret.
 */
public final class AccountEvent {
  public static final String USER_CREATED = "user_created";
  public static final String USER_DISABLED = "user_disabled";
  public static final String USER_ENABLED = "user_enabled";
  public static final String PASSWORD_CHANGED = "password_changed";
  public static final String TOKEN_CREATED = "token_created";
  public static final String TOKEN_REVOKED = "token_revoked";
  public static final String LOGIN_LOCKED = "login_locked";

  private AccountEvent() {}
}
