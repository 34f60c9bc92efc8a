package org.sightline.store.accounts;

import java.util.Optional;
import org.sightline.core.model.EnumKeys;
import org.sightline.core.model.Keyed;

/** What an account or token may do; each role includes the ones before it. */
public enum Role implements Keyed {
  /** Drafts, edits and submits records for review. */
  CONTRIBUTOR,
  /** Also publishes and retracts records written by someone else. */
  REVIEWER,
  /** Also manages users, imports and settings. */
  ADMIN;

  public static Optional<Role> fromKey(String key) {
    return EnumKeys.findIgnoringCase(Role.class, key);
  }

  /** Whether this role may do everything the other one may. */
  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
