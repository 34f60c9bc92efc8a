package org.sightline.core.layers;

import java.util.List;

/** A table read whole: the value when every line was valid, otherwise every problem found. */
public record Parsed<T>(T value, List<TableProblem> problems) {
  public Parsed {
    problems = List.copyOf(problems);
  }

  static <T> Parsed<T> of(T value, List<TableProblem> problems) {
    return problems.isEmpty() ? new Parsed<>(value, problems) : new Parsed<>(null, problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
