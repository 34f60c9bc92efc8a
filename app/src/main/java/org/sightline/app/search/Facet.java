package org.sightline.app.search;

import java.util.List;

/**
 * One way to narrow a result list (technology, supplier country...): its values with the number of
 * current results each would keep, and the link that narrows to it. {@code active} is the value
 * already chosen, if any; {@code clear} is the link that drops it.
 */
record Facet(String parameter, String label, List<Value> values, String active, String clear) {

  public record Value(String key, String label, long count, String href, boolean chosen) {}

  /** The facet with its first {@code n} values (values come largest first), and the chosen one. */
  Facet top(int n) {
    if (values.size() <= n) {
      return this;
    }
    List<Value> kept = new java.util.ArrayList<>(values.subList(0, n));
    values.stream().filter(v -> v.chosen() && !kept.contains(v)).forEach(kept::add);
    return new Facet(parameter, label, kept, active, clear);
  }
}
