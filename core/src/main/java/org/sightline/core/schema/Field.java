package org.sightline.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a record, declared once: its key (the name rules report problems under, the CSV
 * column and the form input unless they are said otherwise), its JSON name, the label pages and
 * forms show, its {@link FieldType}, whether it is needed ({@link Need}), and how to read it from
 * the record.
 *
 * @param <R> the record the field belongs to
 * @param <V> the field's value
 */
public final class Field<R, V> {
  private final String key;
  private final String json;
  private final String input;
  private final String label;
  private final FieldType<V> type;
  private final Need<R, V> need;
  private final boolean omittedWhenEmpty;
  private final Function<R, V> getter;

  private Field(
      String key,
      String json,
      String input,
      String label,
      FieldType<V> type,
      Need<R, V> need,
      boolean omittedWhenEmpty,
      Function<R, V> getter) {
    this.key = Objects.requireNonNull(key);
    this.json = Objects.requireNonNull(json);
    this.input = Objects.requireNonNull(input);
    this.label = Objects.requireNonNull(label);
    this.type = Objects.requireNonNull(type);
    this.need = Objects.requireNonNull(need);
    this.omittedWhenEmpty = omittedWhenEmpty;
    this.getter = Objects.requireNonNull(getter);
  }

  /** An optional field whose key is also its JSON name and form input. */
  public static <R, V> Field<R, V> of(
      String key, String label, FieldType<V> type, Function<R, V> getter) {
    return new Field<>(key, key, key, label, type, Need.optional(), false, getter);
  }

  public String key() {
    return key;
  }

  /** The name in JSON (within its object, for the parts of a composite value). */
  public String json() {
    return json;
  }

  /** The name of the form input that holds it. */
  public String input() {
    return input;
  }

  public String label() {
    return label;
  }

  /** The label with what the field needs, for forms: "Recipient country (required)". */
  public String formLabel() {
    String hint = need.hint().isEmpty() ? type.hint() : need.hint();
    return hint.isEmpty() ? label : label + " (" + hint + ")";
  }

  public FieldType<V> type() {
    return type;
  }

  public Need<R, V> need() {
    return need;
  }

  /** Whether JSON leaves the field out when it is empty (instead of writing null or []). */
  boolean omittedWhenEmpty() {
    return omittedWhenEmpty;
  }

  public V valueOf(R record) {
    return getter.apply(record);
  }

  /** Whether the value counts as not given: absent, or blank text. */
  public boolean isEmpty(V value) {
    return type.isAbsent(value) || value instanceof String s && s.isBlank();
  }

  /** The CSV columns this field fills. */
  public List<String> columns() {
    return type.columns(this);
  }

  /** The type of the values in each of {@link #columns}. */
  public List<FieldType<?>> columnTypes() {
    return type.columnTypes(this);
  }

  /** The form inputs that hold this field. */
  public List<String> inputs() {
    return type.inputs(this);
  }

  /** The parts of a composite field (money, sources...), keyed as rules and forms name them. */
  public List<Field<?, ?>> parts() {
    return type.parts(this);
  }

  public Field<R, V> json(String name) {
    return new Field<>(key, name, input, label, type, need, omittedWhenEmpty, getter);
  }

  public Field<R, V> input(String name) {
    return new Field<>(key, json, name, label, type, need, omittedWhenEmpty, getter);
  }

  public Field<R, V> needs(Need<R, V> what) {
    return new Field<>(key, json, input, label, type, what, omittedWhenEmpty, getter);
  }

  public Field<R, V> omittedWhenEmptyInJson() {
    return new Field<>(key, json, input, label, type, need, true, getter);
  }

  /** The same field read through an outer record, for a schema that extends another. */
  public <S> Field<S, V> on(Function<S, R> inner) {
    return new Field<>(
        key, json, input, label, type, need.on(inner), omittedWhenEmpty, getter.compose(inner));
  }

  /** The same field under another key and label (a part seen from its whole). */
  Field<R, V> renamed(String newKey, String newInput) {
    return new Field<>(newKey, json, newInput, label, type, need, omittedWhenEmpty, getter);
  }

  @Override
  public String toString() {
    return key + " (" + type.name() + ")";
  }
}
