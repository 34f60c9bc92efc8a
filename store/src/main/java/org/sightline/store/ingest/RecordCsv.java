package org.sightline.store.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.OrganizationSchema;
import org.sightline.core.schema.RecordSchema;
import org.sightline.core.schema.TransferSchema;

/**
 * The CSV of a kind of record: the contract's columns (those of the starter {@code transfers.csv}
 * and {@code organizations.csv}), read and written by the record's schema. Empty text is unknown;
 * values are kept as they are. A transfers row is a flat view: several suppliers are {@code
 * ;}-separated in {@code supplier} and {@code supplier_aliases} belong to the first; the first
 * source fills {@code source_*} and the second source's URL {@code second_source_url}. Evidence
 * quotes and further sources only travel in JSON Lines.
 */
public final class RecordCsv<R> {
  public static final RecordCsv<Transfer> TRANSFERS = new RecordCsv<>(TransferSchema.SCHEMA);
  public static final RecordCsv<Organization> ORGANIZATIONS =
      new RecordCsv<>(OrganizationSchema.SCHEMA);

  private final RecordSchema<R> schema;
  private final List<String> columns;

  public RecordCsv(RecordSchema<R> schema) {
    this.schema = schema;
    this.columns = schema.columns();
  }

  /** The header row. */
  public List<String> columns() {
    return columns;
  }

  /** The row of a record, in {@link #columns} order (empty text for unknown). */
  public List<String> row(R record) {
    return schema.cells(record);
  }

  /** Reads one row (column name → value, empty meaning unknown); problems become violations. */
  public Parsed<R> parse(Function<String, String> column) {
    List<Violation> errors = new ArrayList<>();
    R record = schema.fromCells(column, errors);
    return new Parsed<>(record, errors);
  }

  /** A record read from a row, with the format problems found on the way. */
  public record Parsed<R>(R record, List<Violation> violations) {}
}
