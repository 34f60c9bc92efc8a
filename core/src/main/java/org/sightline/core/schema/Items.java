package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.registry.Violation;

/** JSON arrays of objects, each read and written by the schema of the item. */
final class Items {
  private Items() {}

  static <I> List<Object> toPlain(RecordSchema<I> schema, List<I> items) {
    List<Object> out = new ArrayList<>(items.size());
    items.forEach(i -> out.add(schema.toPlain(i)));
    return out;
  }

  /**
   * Reads an array of objects; problems inside an item are named {@code json.field} (e.g. {@code
   * sources.url}).
   */
  static <I> List<I> fromPlain(
      RecordSchema<I> schema,
      Object plain,
      String json,
      FieldType.TextInput text,
      List<Violation> errors) {
    List<I> out = new ArrayList<>();
    if (plain == null) {
      return out;
    }
    if (!(plain instanceof List<?> list)) {
      errors.add(new Violation(json, "must be an array"));
      return out;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)) {
        errors.add(new Violation(json, "entries must be objects"));
        continue;
      }
      List<Violation> inner = new ArrayList<>();
      out.add(schema.fromPlain(map, text, inner));
      inner.forEach(v -> errors.add(new Violation(json + "." + v.field(), v.message())));
    }
    return out;
  }
}
