package org.sightline.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the page controllers become HTML pages a reader understands (404 for unknown records,
 * 400 naming the parameter that makes no sense), never a stack trace or the API's JSON. It takes
 * precedence over the API's handler, which keeps answering JSON for {@code /api}.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {
  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(PageNotFound.class)
  ModelAndView notFound(PageNotFound e, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), response);
  }

  @ExceptionHandler(BadParameterException.class)
  ModelAndView badParameter(BadParameterException e, HttpServletResponse response) {
    return page(
        HttpStatus.BAD_REQUEST, "This address does not make sense", e.getMessage(), response);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
    return page(
        HttpStatus.BAD_REQUEST,
        "This address does not make sense",
        "parameter '" + e.getName() + "' must be a whole number, got '" + e.getValue() + "'",
        response);
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletResponse response) {
    if (DatabaseOutage.causedBy(e)) {
      DatabaseOutage.note(e);
      response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      return page(
          HttpStatus.SERVICE_UNAVAILABLE,
          "Temporarily unavailable",
          DatabaseOutage.MESSAGE,
          response);
    }
    log.error("page failed", e);
    return page(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong",
        "The server could not show this page. Please try again later.",
        response);
  }

  /** The error page with this status, title and message, never cached. */
  public static ModelAndView page(
      HttpStatus status, String title, String message, HttpServletResponse response) {
    // An error must never be served from a cache as if it were the page.
    response.setHeader("Cache-Control", "no-store");
    ModelAndView mav = new ModelAndView("error");
    mav.setStatus(status);
    mav.addObject("status", status.value());
    mav.addObject("title", title);
    mav.addObject("message", message);
    return mav;
  }
}
