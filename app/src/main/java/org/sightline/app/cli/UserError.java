package org.sightline.app.cli;

/** A problem the user can fix (bad file, unsupported format): reported as one line, exit 1. */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
