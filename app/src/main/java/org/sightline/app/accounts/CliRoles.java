package org.sightline.app.accounts;

import org.sightline.app.cli.UserError;
import org.sightline.store.accounts.Role;

/** Parses {@code --role} values with a message that lists the accepted ones. */
final class CliRoles {
  private CliRoles() {}

  static Role parse(String value) {
    return Role.fromKey(value)
        .orElseThrow(
            () ->
                new UserError(
                    "unknown role '" + value + "'; expected contributor, reviewer or admin"));
  }
}
