package org.sightline.core.schema;

import java.util.List;
import org.sightline.core.registry.Violation;

/**
 * What kind of value a field holds, and so how it is written and read in every format and which
 * values are allowed: the CSV cells, the plain data of JSON (strings, numbers, lists and ordered
 * maps; the store turns it into JSON text), the text of a form and the checks. A field declares its
 * type once; the readers, writers, forms and rules ask the type.
 *
 * <p>Reading reports format problems (a year that is no number) as violations and returns null for
 * what it could not read; {@link #check} reports problems of meaning (a year out of range).
 *
 * @param <V> the Java value: {@code String}, {@code Integer}, {@code BigDecimal}, an enum, a list,
 *     or a record of the model for composite types
 */
public abstract class FieldType<V> {
  private final String name;

  FieldType(String name) {
    this.name = name;
  }

  /** The type's name as the schema documents it: text, country, year, money... */
  public String name() {
    return name;
  }

  /** The value of an absent field: null, or an empty list. */
  public V absent() {
    return null;
  }

  public boolean isAbsent(V value) {
    return value == null;
  }

  /** How to write a value, for forms ("YYYY, YYYY-MM or YYYY-MM-DD"), or "". */
  public String hint() {
    return "";
  }

  /** The CSV columns of a field of this type: its own, or one per part. */
  List<String> columns(Field<?, V> field) {
    return List.of(field.key());
  }

  /** The type of the values in each of {@link #columns}: this type, or each part's. */
  List<FieldType<?>> columnTypes(Field<?, V> field) {
    return List.of(this);
  }

  /** The parts of a composite value, keyed as rules and forms name them; none for the rest. */
  List<Field<?, ?>> parts(Field<?, V> field) {
    return List.of();
  }

  /** The form inputs of a field of this type (the names a form posts). */
  List<String> inputs(Field<?, V> field) {
    return List.of(field.input());
  }

  /** The cells of {@link #columns}; empty text for what is absent. */
  abstract List<String> toCells(V value);

  abstract V fromCells(List<String> cells, Field<?, V> field, List<Violation> errors);

  /** The value as plain data for JSON: null, String, Integer, BigDecimal, List or ordered Map. */
  abstract Object toPlain(V value);

  abstract V fromPlain(Object plain, Field<?, V> field, TextInput text, List<Violation> errors);

  /** The values of {@link #inputs}, in order, each the list of texts the form posts. */
  abstract List<List<String>> toTyped(V value);

  /** Reads what a person typed: surrounding white space is dropped, case and names forgiven. */
  abstract V fromTyped(
      List<List<String>> typed, Field<?, V> field, FieldContext context, List<Violation> errors);

  /**
   * The problem of meaning of one present value of a simple type, in the words the rules use
   * ("unknown ISO 3166-1 alpha-2 country code \"XX\""), or null; null for composite types. For
   * checks of values outside a record (responses, request parameters).
   */
  public String problem(V value, FieldContext context) {
    return null;
  }

  /** Problems of meaning of a present value, under the field's key (or its parts' keys). */
  void check(V value, Field<?, V> field, FieldContext context, List<Violation> out) {}

  /** How strings of JSON are taken: as they are (data) or stripped of surrounding white space. */
  public enum TextInput {
    AS_IS,
    STRIPPED;

    public String read(String s) {
      return this == AS_IS ? Checks.emptyToNull(s) : Checks.blankToNull(s);
    }
  }
}
