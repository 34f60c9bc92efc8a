package org.sightline.store.accounts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An API token as stored: never the secret itself, only its prefix (to tell tokens apart) and, in
 * the database, its SHA-256. {@code lastUsedOn} is a day, never where the token was used from.
 */
public record ApiToken(
    long id,
    String username,
    String prefix,
    Role role,
    Instant createdAt,
    Instant expiresAt,
    boolean revoked,
    LocalDate lastUsedOn) {

  /** Whether the token may authenticate a request at this moment. */
  public boolean usableAt(Instant now) {
    return !revoked && now.isBefore(expiresAt);
  }
}
