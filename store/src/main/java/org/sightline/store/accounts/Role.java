package org.sightline.store.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account or token may do; each role includes the ones before it. */
public enum Role {
  /** Drafts, edits and submits records for review. */
  CONTRIBUTOR,
  /** Also publishes and retracts records written by someone else. */
  REVIEWER,
  /** Also manages users, imports and settings. */
  ADMIN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromKey(String key) {
    return Arrays.stream(values())
        .filter(r -> r.key().equals(key == null ? null : key.trim().toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** Whether this role may do everything the other one may. */
  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
