package org.sightline.app.extraction;

import org.sightline.app.web.ApiError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload beyond {@code spring.servlet.multipart.max-file-size} fails before any controller is
 * chosen, so this answer cannot belong to one: 413 with the JSON error contract, for every path.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    String limit =
        e.getMaxUploadSize() > 0
            ? " (the limit is " + DataSize.ofBytes(e.getMaxUploadSize()).toMegabytes() + " MB)"
            : "";
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of("too_large", "the upload is too large" + limit));
  }
}
