package org.sightline.app.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * An edit form as typed: every input's values by the input's name, which is the schema's name for
 * the field (so a refused form comes back exactly as it was sent, each message next to its field).
 */
interface TypedInputs {
  Map<String, List<String>> inputs();

  /** The input's (first) value, or "". */
  default String value(String input) {
    List<String> v = values(input);
    return v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  /** Every value of a repeated input (checkboxes), in order. */
  default List<String> values(String input) {
    return inputs().getOrDefault(input, List.of());
  }

  /** The values one per line, for a text area that holds a list (names, other names). */
  default String lines(String input) {
    return String.join("\n", values(input));
  }

  /** Why the change is made, as typed (optional). */
  default String reason() {
    return value("reason");
  }

  /** What a browser posted, as a plain map of lists. */
  static Map<String, List<String>> posted(MultiValueMap<String, String> params) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    params.forEach((name, values) -> out.put(name, List.copyOf(values)));
    return out;
  }
}
