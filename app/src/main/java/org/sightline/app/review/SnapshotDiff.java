package org.sightline.app.review;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sightline.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Field-by-field differences between two record snapshots (the JSON kept in revisions and
 * proposals), for reviewers: each leaf of the JSON becomes a named field ({@code summary}, {@code
 * value.amount}, {@code sources[1].evidence}) and a field appears when its value differs. Without a
 * "before" (a new record) every field with a value is listed as added. The publication state is
 * left out: it is what the review is about, not part of the change.
 */
final class SnapshotDiff {
  private SnapshotDiff() {}

  /** One changed field: its old value (null when added) and its new one (null when removed). */
  public record FieldChange(String field, String before, String after) {
    public boolean added() {
      return before == null;
    }

    public boolean removed() {
      return after == null;
    }

    /** The field as a reviewer reads it ("Supplier 1: register id"). */
    public String label() {
      return FieldLabels.label(field);
    }

    public String beforeInWords() {
      return FieldLabels.value(field, before);
    }

    public String afterInWords() {
      return FieldLabels.value(field, after);
    }
  }

  public static List<FieldChange> between(String before, String after) {
    Map<String, String> old = flatten(before);
    Map<String, String> now = flatten(after);
    Set<String> fields = new LinkedHashSet<>(now.keySet());
    fields.addAll(old.keySet());
    List<FieldChange> out = new ArrayList<>();
    for (String field : fields) {
      String a = old.get(field);
      String b = now.get(field);
      if (!Objects.equals(a, b)) {
        out.add(new FieldChange(field, a, b));
      }
    }
    return out;
  }

  static Map<String, String> flatten(String snapshot) {
    Map<String, String> out = new LinkedHashMap<>();
    if (snapshot == null) {
      return out;
    }
    JsonNode root;
    try {
      root = Json.readRecord(snapshot);
    } catch (JacksonException e) {
      out.put("record", "(unreadable snapshot)");
      return out;
    }
    flatten("", root, out);
    out.remove("state");
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
        String name = it.next();
        flatten(path.isEmpty() ? name : path + "." + name, node.get(name), out);
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode e : node) {
        scalars &= !e.isContainer();
      }
      if (scalars) {
        List<String> values = new ArrayList<>();
        node.forEach(e -> values.add(e.asString()));
        if (!values.isEmpty()) {
          out.put(path, String.join(", ", values));
        }
      } else {
        for (int i = 0; i < node.size(); i++) {
          flatten(path + "[" + (i + 1) + "]", node.get(i), out);
        }
      }
    } else {
      String text = node.asString();
      if (!text.isEmpty()) {
        out.put(path, text);
      }
    }
  }
}
