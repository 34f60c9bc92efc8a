package org.sightline.app.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into the JSON error contract ({@link ApiError}). Users never see a stack
 * trace; unexpected failures are logged here (without request addresses) and answered with a
 * generic 500.
 */
@RestControllerAdvice
class ApiErrorHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  /** A step the review workflow refused, from any write endpoint: its status and violations. */
  @ExceptionHandler(WorkflowRefusal.class)
  ResponseEntity<ApiError> refused(WorkflowRefusal e) {
    return ResponseEntity.status(e.status())
        .body(new ApiError(e.error(), e.getMessage(), null, e.violations()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return status(HttpStatus.NOT_FOUND, ApiError.of("not_found", e.getMessage()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
    return status(
        HttpStatus.NOT_FOUND,
        ApiError.of("not_found", "no such resource: /" + e.getResourcePath()));
  }

  @ExceptionHandler(BadParameterException.class)
  ResponseEntity<ApiError> badParameter(BadParameterException e) {
    return status(
        HttpStatus.BAD_REQUEST, new ApiError("bad_parameter", e.getMessage(), e.parameter()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected =
        e.getRequiredType() != null && Number.class.isAssignableFrom(e.getRequiredType())
            ? "a whole number"
            : "a valid "
                + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
    return status(
        HttpStatus.BAD_REQUEST,
        new ApiError(
            "bad_parameter",
            "parameter '" + e.getName() + "' must be " + expected + ", got '" + e.getValue() + "'",
            e.getName()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    return status(
        HttpStatus.BAD_REQUEST,
        new ApiError(
            "bad_parameter",
            "parameter '" + e.getParameterName() + "' is required",
            e.getParameterName()));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return status(
        HttpStatus.METHOD_NOT_ALLOWED,
        ApiError.of("method_not_allowed", "method " + e.getMethod() + " is not allowed here"));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<Void> notAcceptable() {
    // The client accepts no JSON, so no error body could be written that it would take.
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    if (DatabaseOutage.causedBy(e)) {
      DatabaseOutage.note(e);
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
          .header("Cache-Control", "no-store")
          .body(ApiError.of("unavailable", DatabaseOutage.MESSAGE));
    }
    if (e instanceof ErrorResponse standard) {
      // Spring MVC's own request errors (unsupported media type, missing headers...) keep their
      // status; only the body is ours.
      HttpStatusCode code = standard.getStatusCode();
      String detail = standard.getBody().getDetail();
      return ResponseEntity.status(code)
          .body(
              ApiError.of(
                  code.is4xxClientError() ? "bad_request" : "internal_error",
                  detail == null ? "the request could not be handled" : detail));
    }
    log.error("request failed", e);
    return status(
        HttpStatus.INTERNAL_SERVER_ERROR,
        ApiError.of("internal_error", "the server could not answer this request"));
  }

  private static ResponseEntity<ApiError> status(HttpStatus status, ApiError body) {
    return ResponseEntity.status(status).body(body);
  }
}
