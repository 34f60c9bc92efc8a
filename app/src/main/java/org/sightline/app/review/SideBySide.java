package org.sightline.app.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two transfer snapshots field by field, for deciding whether they are the same deal: every field
 * either has, labelled in words, with whether the two agree.
 */
public final class SideBySide {
  private SideBySide() {}

  /** One field: its label, the left and right values (null when absent), and whether they agree. */
  public record Row(String label, String left, String right) {
    public boolean same() {
      return Objects.equals(left, right);
    }
  }

  public static List<Row> rows(String leftSnapshot, String rightSnapshot) {
    Map<String, String> left = SnapshotDiff.flatten(leftSnapshot);
    Map<String, String> right = SnapshotDiff.flatten(rightSnapshot);
    left.remove("id");
    right.remove("id");
    Set<String> fields = new LinkedHashSet<>(left.keySet());
    fields.addAll(right.keySet());
    List<Row> out = new ArrayList<>();
    for (String f : fields) {
      out.add(
          new Row(
              FieldLabels.label(f),
              FieldLabels.value(f, left.get(f)),
              FieldLabels.value(f, right.get(f))));
    }
    return out;
  }
}
