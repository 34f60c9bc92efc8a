package org.sightline.store.ingest;

import java.util.List;

/**
 * The outcome of an import. When {@link #errorCount()} is not zero nothing was written; {@code
 * errors} then lists the first {@link Importer#MAX_REPORTED_ERRORS} of them in file order. For a
 * dry run the counts say what the import would have done.
 */
public record ImportReport(
    String source,
    RecordKind kind,
    boolean dryRun,
    long rows,
    long created,
    long updated,
    long unchanged,
    long errorCount,
    List<RowError> errors) {

  public ImportReport {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errorCount == 0;
  }

  /** Revisions written (or that would be written by a dry run). */
  public long revisions() {
    return created + updated;
  }

  /** One line for the command line. */
  public String summary() {
    if (!ok()) {
      return source
          + ": "
          + errorCount
          + (errorCount == 1 ? " error" : " errors")
          + " in "
          + rows
          + " rows; nothing imported";
    }
    return source
        + ": "
        + rows
        + " "
        + kind.key()
        + (dryRun ? " checked (dry run, nothing written): would create " : ": created ")
        + created
        + ", updated "
        + updated
        + ", unchanged "
        + unchanged;
  }
}
