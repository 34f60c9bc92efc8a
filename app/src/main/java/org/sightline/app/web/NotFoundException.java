package org.sightline.app.web;

/** A record the request names does not exist (or is not public): answered with 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
