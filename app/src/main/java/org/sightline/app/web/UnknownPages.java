package org.sightline.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no page or API serves: browsers get the HTML 404 page, API clients (anything under
 * {@code /api/}, or not accepting HTML) keep the API's JSON error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnknownPages {

  @ExceptionHandler(NoResourceFoundException.class)
  Object noSuchPath(
      NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
    String path = request.getRequestURI();
    String accept = request.getHeader("Accept");
    boolean wantsHtml = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    if (path.startsWith("/api/") || !wantsHtml) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .contentType(MediaType.APPLICATION_JSON)
          .body(ApiError.of("not_found", "no such resource: /" + e.getResourcePath()));
    }
    return PageErrors.page(
        HttpStatus.NOT_FOUND, "Not found", "There is no page at this address.", response);
  }
}
