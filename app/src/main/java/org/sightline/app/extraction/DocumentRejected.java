package org.sightline.app.extraction;

/**
 * A document extraction will not take, with one line a person can act on: 400 (empty, binary,
 * encrypted, unsupported, bad date or URL) or 413 (too large).
 */
final class DocumentRejected extends RuntimeException {
  private final boolean tooLarge;

  DocumentRejected(String message, boolean tooLarge) {
    super(message);
    this.tooLarge = tooLarge;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
