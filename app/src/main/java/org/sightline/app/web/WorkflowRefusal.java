package org.sightline.app.web;

import java.util.List;
import org.sightline.core.registry.Violation;
import org.springframework.http.HttpStatus;

/**
 * Why the review workflow refused a step: an HTTP status, a short error key for scripts, one line
 * for people and, for invalid records, the field-level violations. The API answers it as JSON, the
 * forms show it next to the fields.
 */
public final class WorkflowRefusal extends RuntimeException {
  private final HttpStatus status;
  private final String error;
  private final List<Violation> violations;

  public WorkflowRefusal(
      HttpStatus status, String error, String message, List<Violation> violations) {
    super(message, null, false, false);
    this.status = status;
    this.error = error;
    this.violations = List.copyOf(violations);
  }

  public static WorkflowRefusal invalid(List<Violation> violations) {
    return new WorkflowRefusal(
        HttpStatus.BAD_REQUEST, "validation_failed", "the record is invalid", violations);
  }

  /** What a request's record was read as, or this refusal naming each field that was wrong. */
  public static <T> T valid(T parsed, List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
    return parsed;
  }

  public static WorkflowRefusal invalid(String field, String message) {
    return new WorkflowRefusal(
        HttpStatus.BAD_REQUEST,
        "validation_failed",
        field + " " + message,
        List.of(new Violation(field, message)));
  }

  public static WorkflowRefusal conflict(String message) {
    return new WorkflowRefusal(HttpStatus.CONFLICT, "conflict", message, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String error() {
    return error;
  }

  public List<Violation> violations() {
    return violations;
  }
}
