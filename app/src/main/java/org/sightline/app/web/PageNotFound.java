package org.sightline.app.web;

/** The page names a record that does not exist or is not public: answered with a 404 page. */
public class PageNotFound extends RuntimeException {
  public PageNotFound(String message) {
    super(message);
  }
}
