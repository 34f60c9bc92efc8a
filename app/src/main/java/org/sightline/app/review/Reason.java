package org.sightline.app.review;

/**
 * The JSON body of a workflow step (submit, publish, retract, approve, reject): why, optionally.
 */
public record Reason(String reason) {
  /** The reason of an optional body. */
  public static String of(Reason body) {
    return body == null ? null : body.reason();
  }
}
