package org.sightline.store.ingest;

/**
 * One problem found in an import file: the physical line where the row starts (1 = the first line,
 * the CSV header), the record id when known, the field (null for a whole-row or file problem) and a
 * message a curator can act on.
 */
public record RowError(long line, String recordId, String field, String message) {
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("line ").append(line);
    if (recordId != null) {
      sb.append(" (").append(recordId).append(')');
    }
    sb.append(": ");
    if (field != null) {
      sb.append(field).append(' ');
    }
    return sb.append(message).toString();
  }
}
