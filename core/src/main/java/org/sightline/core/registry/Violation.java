package org.sightline.core.registry;

/** One broken rule on one field of a record, in words a curator can act on. */
public record Violation(String field, String message) {
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
