package org.sightline.app.web;

/** The page names a record that does not exist or is not public: answered with a 404 page. */
public class PageNotFound extends RuntimeException {
  public PageNotFound(String message) {
    super(message);
  }

  /** "There is no published transfer with the id “T0001”.": what is missing, by its id. */
  public static PageNotFound noSuch(String what, String id) {
    return new PageNotFound("There is no " + what + " with the id \u201c" + id + "\u201d.");
  }
}
