package org.sightline.app.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** File answers: the body's type and a Content-Disposition that has the browser save it by name. */
public final class Attachments {
  private Attachments() {}

  /**
   * A 200 answer that is saved as {@code fileName}; the caller adds any other header and the body.
   */
  public static ResponseEntity.BodyBuilder attachment(String fileName, String contentType) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, contentType)
        .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
  }

  /** The Content-Disposition value for a file saved as {@code fileName}. */
  public static String contentDisposition(String fileName) {
    return "attachment; filename=\"" + fileName + "\"";
  }
}
