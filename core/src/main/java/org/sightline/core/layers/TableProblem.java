package org.sightline.core.layers;

/** What is wrong with one line of an imported table, as one line a person can act on. */
public record TableProblem(long line, String message) {
  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
