package org.sightline.core.schema;

import java.util.HashMap;
import java.util.Map;

/** The values read for a record's fields, by key, from which the schema builds the record. */
public final class FieldValues {
  private final Map<String, Object> values = new HashMap<>();

  /** The value of the field, or the type's absent value when none was read. */
  @SuppressWarnings("unchecked")
  public <V> V get(Field<?, V> field) {
    Object v = values.get(field.key());
    return v == null ? field.type().absent() : (V) v;
  }

  <V> void put(Field<?, V> field, V value) {
    values.put(field.key(), value);
  }
}
