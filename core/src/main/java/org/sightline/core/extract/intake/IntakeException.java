package org.sightline.core.extract.intake;

/** A document that cannot be read; the message is one line a CLI or API can show as is. */
public final class IntakeException extends Exception {
  public IntakeException(String message) {
    super(message);
  }

  public IntakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
