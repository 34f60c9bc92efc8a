package org.sightline.spark;

/** A run that cannot go on for a reason the user can fix; the message is one line to show as is. */
final class RunFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunFailure(String message) {
    super(message);
  }

  RunFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
