package org.sightline.core.extract.eval;

/**
 * The fields of a transfer compared on matched pairs, each where the gold transfer has one:
 * technologies as the mean Jaccard of the two sets (every pair), the others as the share exactly
 * right (see {@link Scorer} for what "right" means for each).
 */
public enum Field {
  TECHNOLOGIES("technologies"),
  YEAR("year"),
  MONTH("month"),
  VALUE("value"),
  FINANCING("financing"),
  STATUS("status"),
  END_USER("end user");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
