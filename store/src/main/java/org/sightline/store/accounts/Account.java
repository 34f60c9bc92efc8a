package org.sightline.store.accounts;

import java.time.Instant;

/**
 * A contributor's account. The username is a pseudonym; the password is kept only as an encoder
 * hash string. A new account must change its one-time password at first login.
 */
public record Account(
    long id,
    String username,
    String passwordHash,
    Role role,
    boolean mustChangePassword,
    boolean disabled,
    Instant createdAt) {}
