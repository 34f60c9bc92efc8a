package org.sightline.store.json;

import java.util.List;
import java.util.Map;
import org.sightline.core.model.PublicationState;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.FieldType.TextInput;

/**
 * What the JSON of a record carries beside its schema fields: the publication {@code state} of
 * snapshots and drafts (published when absent) and timestamps.
 */
final class RecordState {
  private RecordState() {}

  /** The {@code state} key's publication state; published when absent, null when unknown. */
  static PublicationState read(Map<?, ?> plain, TextInput input, List<Violation> errors) {
    String key = text(plain, "state", input, errors);
    if (key == null) {
      return PublicationState.PUBLISHED;
    }
    PublicationState state = PublicationState.fromKey(key).orElse(null);
    if (state == null) {
      errors.add(new Violation("state", "unknown publication state \"" + key + "\""));
    }
    return state;
  }

  static String text(Map<?, ?> plain, String name, TextInput input, List<Violation> errors) {
    Object v = plain.get(name);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      errors.add(new Violation(name, "must be a string"));
      return null;
    }
    return input.read(s);
  }
}
