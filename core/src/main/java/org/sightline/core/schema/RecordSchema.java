package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sightline.core.registry.Violation;

/**
 * The declaration of one kind of record: its fields in order, how a record is made from their
 * values, and the rules that span fields. Everything that reads, writes, shows or checks the record
 * walks these fields: the CSV cells ({@link #cells}, {@link #fromCells}), the plain data of JSON
 * ({@link #toPlain}, {@link #fromPlain}), the form inputs ({@link #typed}, {@link #fromTyped}), the
 * labels ({@link #labelled}) and the rules ({@link #check}). The field order is the order of the
 * CSV columns and of the JSON keys.
 *
 * @param <R> the record of the model
 */
public final class RecordSchema<R> {
  /** A rule over several fields; it reports under the keys it names. */
  public interface Rule<R> {
    void check(R record, List<Violation> out);
  }

  private final String name;
  private final List<Field<R, ?>> fields;
  private final Function<FieldValues, R> create;
  private final Predicate<R> published;
  private final List<Rule<R>> rules;

  public RecordSchema(
      String name,
      List<Field<R, ?>> fields,
      Function<FieldValues, R> create,
      Predicate<R> published,
      List<Rule<R>> rules) {
    this.name = name;
    this.fields = List.copyOf(fields);
    this.create = create;
    this.published = published;
    this.rules = List.copyOf(rules);
  }

  public String name() {
    return name;
  }

  public List<Field<R, ?>> fields() {
    return fields;
  }

  /** The field with this key; a key the schema does not declare is a programming error. */
  Field<R, ?> field(String key) {
    return fields.stream()
        .filter(f -> f.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no field " + key));
  }

  /**
   * A schema for a record that holds this one and more fields: the fields of this schema read
   * through {@code inner}, then {@code more}. For a record that grows a field (and for tests that
   * show how one field travels through every format).
   */
  public <S> RecordSchema<S> extendedTo(
      Function<S, R> inner,
      List<Field<S, ?>> more,
      Function<FieldValues, S> make,
      Predicate<S> isPublished) {
    List<Field<S, ?>> all = new ArrayList<>();
    fields.forEach(f -> all.add(f.on(inner)));
    all.addAll(more);
    List<Rule<S>> outerRules = new ArrayList<>();
    rules.forEach(r -> outerRules.add((s, out) -> r.check(inner.apply(s), out)));
    return new RecordSchema<>(name, all, make, isPublished, outerRules);
  }

  /** Builds the record from values read by this schema (its publication state is the model's). */
  public R create(FieldValues values) {
    return create.apply(values);
  }

  /** Every field and every part of a composite field by its key, for labels and form errors. */
  public Map<String, Field<?, ?>> labelled() {
    Map<String, Field<?, ?>> out = new LinkedHashMap<>();
    for (Field<R, ?> f : fields) {
      out.put(f.key(), f);
      f.parts().forEach(p -> out.put(p.key(), p));
    }
    return Collections.unmodifiableMap(out);
  }

  // --- CSV ------------------------------------------------------------------------------------

  /** The CSV header: every field's columns, in field order. */
  public List<String> columns() {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.addAll(f.columns()));
    return out;
  }

  /** Each CSV column, in order, with the type of its values (for formats that describe them). */
  public Map<String, FieldType<?>> columnTypes() {
    Map<String, FieldType<?>> out = new LinkedHashMap<>();
    for (Field<R, ?> f : fields) {
      List<String> names = f.columns();
      List<FieldType<?>> types = f.columnTypes();
      for (int i = 0; i < names.size(); i++) {
        out.put(names.get(i), types.get(i));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The row of a record, in {@link #columns} order; empty text for what is absent. */
  public List<String> cells(R record) {
    List<String> out = new ArrayList<>();
    for (Field<R, ?> f : fields) {
      out.addAll(cellsOf(f, record));
    }
    return out;
  }

  /** Reads a row (column name to text; empty text is absent); problems go to {@code errors}. */
  public R fromCells(Function<String, String> column, List<Violation> errors) {
    return create(valuesFromCells(column, errors));
  }

  FieldValues valuesFromCells(Function<String, String> column, List<Violation> errors) {
    FieldValues values = new FieldValues();
    for (Field<R, ?> f : fields) {
      readCells(f, column, values, errors);
    }
    return values;
  }

  // --- JSON as plain data ---------------------------------------------------------------------

  /** The record as an ordered map of JSON names to plain values. */
  public Map<String, Object> toPlain(R record) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field<R, ?> f : fields) {
      putPlain(f, record, out);
    }
    return out;
  }

  /** Reads a JSON object given as plain data; problems go to {@code errors}. */
  public R fromPlain(Map<?, ?> plain, FieldType.TextInput text, List<Violation> errors) {
    return create(valuesFromPlain(plain, text, errors));
  }

  FieldValues valuesFromPlain(Map<?, ?> plain, FieldType.TextInput text, List<Violation> errors) {
    FieldValues values = new FieldValues();
    for (Field<R, ?> f : fields) {
      readPlain(f, plain.get(f.json()), text, values, errors);
    }
    return values;
  }

  // --- forms ----------------------------------------------------------------------------------

  /** The names of the form inputs, in field order. */
  public List<String> inputs() {
    List<String> out = new ArrayList<>();
    fields.forEach(f -> out.addAll(f.inputs()));
    return out;
  }

  /** What a form shows for the record: each input's values (several for repeated inputs). */
  public Map<String, List<String>> typed(R record) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Field<R, ?> f : fields) {
      putTyped(f, record, out);
    }
    return out;
  }

  /** Reads what was typed into the form's inputs; problems go to {@code errors}. */
  public R fromTyped(
      Function<String, List<String>> input, FieldContext context, List<Violation> errors) {
    return create(valuesFromTyped(input, context, errors));
  }

  FieldValues valuesFromTyped(
      Function<String, List<String>> input, FieldContext context, List<Violation> errors) {
    FieldValues values = new FieldValues();
    for (Field<R, ?> f : fields) {
      readTyped(f, input, context, values, errors);
    }
    return values;
  }

  // --- rules ----------------------------------------------------------------------------------

  /**
   * The problems of a record: first what it must have (with the values of those fields), then the
   * values of the other fields, then the rules that span fields, last what it needs to be
   * published.
   */
  public List<Violation> check(R record, FieldContext context) {
    List<Violation> out = new ArrayList<>();
    boolean isPublished = published.test(record);
    for (Field<R, ?> f : fields) {
      if (!f.need().isOptional() && !f.need().isToPublish()) {
        checkField(f, record, context, isPublished, out);
      }
    }
    for (Field<R, ?> f : fields) {
      if (f.need().isOptional() || f.need().isToPublish()) {
        checkValue(f, record, context, out);
      }
    }
    rules.forEach(r -> r.check(record, out));
    for (Field<R, ?> f : fields) {
      if (f.need().isToPublish()) {
        checkNeed(f, record, isPublished, out);
      }
    }
    return out;
  }

  // --- one field, with its value type captured --------------------------------------------------

  private static <R, V> V value(Field<R, V> f, R record) {
    return record == null ? f.type().absent() : f.valueOf(record);
  }

  private static <R, V> List<String> cellsOf(Field<R, V> f, R record) {
    V value = value(f, record);
    if (f.type().isAbsent(value) && f.columns().size() > 1) {
      return Collections.nCopies(f.columns().size(), "");
    }
    return f.type().toCells(value);
  }

  private static <R, V> void readCells(
      Field<R, V> f, Function<String, String> column, FieldValues values, List<Violation> errors) {
    List<String> cells = new ArrayList<>();
    f.columns().forEach(c -> cells.add(column.apply(c)));
    values.put(f, f.type().fromCells(cells, f, errors));
  }

  private static <R, V> void putPlain(Field<R, V> f, R record, Map<String, Object> out) {
    V value = value(f, record);
    if (!(f.omittedWhenEmpty() && f.type().isAbsent(value))) {
      out.put(f.json(), f.type().toPlain(value));
    }
  }

  private static <R, V> void readPlain(
      Field<R, V> f,
      Object plain,
      FieldType.TextInput text,
      FieldValues values,
      List<Violation> errors) {
    values.put(f, f.type().fromPlain(plain, f, text, errors));
  }

  private static <R, V> void putTyped(Field<R, V> f, R record, Map<String, List<String>> out) {
    List<String> inputs = f.inputs();
    List<List<String>> typed = f.type().toTyped(value(f, record));
    for (int i = 0; i < inputs.size(); i++) {
      out.put(inputs.get(i), typed.get(i));
    }
  }

  private static <R, V> void readTyped(
      Field<R, V> f,
      Function<String, List<String>> input,
      FieldContext context,
      FieldValues values,
      List<Violation> errors) {
    List<List<String>> typed = new ArrayList<>();
    for (String name : f.inputs()) {
      List<String> given = input.apply(name);
      typed.add(given == null ? List.of() : given);
    }
    values.put(f, f.type().fromTyped(typed, f, context, errors));
  }

  private static <R, V> void checkField(
      Field<R, V> f, R record, FieldContext context, boolean isPublished, List<Violation> out) {
    V value = f.valueOf(record);
    Violation unmet = f.need().unmet(f, record, value, isPublished);
    if (unmet != null) {
      out.add(unmet);
    }
    if (!f.isEmpty(value)) {
      f.type().check(value, f, context, out);
    }
  }

  private static <R, V> void checkValue(
      Field<R, V> f, R record, FieldContext context, List<Violation> out) {
    V value = f.valueOf(record);
    if (!f.isEmpty(value)) {
      f.type().check(value, f, context, out);
    }
  }

  private static <R, V> void checkNeed(
      Field<R, V> f, R record, boolean isPublished, List<Violation> out) {
    Violation unmet = f.need().unmet(f, record, f.valueOf(record), isPublished);
    if (unmet != null) {
      out.add(unmet);
    }
  }
}
