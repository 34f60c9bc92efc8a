package org.sightline.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.sightline.core.registry.Violation;

/**
 * The body of every error response: a stable machine key ({@code not_found}, {@code bad_parameter},
 * {@code validation_failed}, ...), one human sentence, for 400s on a parameter that parameter, and
 * for refused records the field-level violations.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, String parameter, List<Violation> violations) {
  public ApiError(String error, String message, String parameter) {
    this(error, message, parameter, List.of());
  }

  public static ApiError of(String error, String message) {
    return new ApiError(error, message, null);
  }
}
