package org.sightline.app.web;

/** A request parameter has a value the API cannot use: answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {
  private final String parameter;

  public BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
