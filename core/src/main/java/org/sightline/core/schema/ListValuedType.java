package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.registry.Violation;

/** A type whose value is a list: absent means empty, and a field of it is given when not empty. */
abstract class ListValuedType<E> extends FieldType<List<E>> {
  ListValuedType(String name) {
    super(name);
  }

  @Override
  public List<E> absent() {
    return List.of();
  }

  @Override
  public boolean isAbsent(List<E> value) {
    return value == null || value.isEmpty();
  }

  /** A JSON array's elements; none when absent, none and a violation when it is no array. */
  static List<?> array(Object plain, String key, String message, List<Violation> errors) {
    if (plain instanceof List<?> list) {
      return list;
    }
    if (plain != null) {
      errors.add(new Violation(key, message));
    }
    return List.of();
  }

  /** The lines of typed text areas (or the values of checkboxes), stripped, blank ones dropped. */
  static List<String> lines(List<String> typed) {
    List<String> out = new ArrayList<>();
    for (String value : typed) {
      for (String line : value.split("\\R")) {
        String t = Checks.blankToNull(line);
        if (t != null) {
          out.add(t);
        }
      }
    }
    return out;
  }
}
