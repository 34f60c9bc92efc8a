package org.sightline.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response: a stable machine key ({@code not_found}, {@code bad_parameter},
 * ...), one human sentence, and for 400s the offending parameter.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String parameter) {
  public static ApiError of(String error, String message) {
    return new ApiError(error, message, null);
  }
}
