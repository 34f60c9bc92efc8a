package org.sightline.core.schema;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sightline.core.registry.Violation;

/**
 * A value written as one piece of text: one CSV cell, one JSON string (or number), one form input.
 * Empty text means absent. The parts that differ between types are given as functions; {@link
 * FieldTypes} declares the types.
 */
final class ScalarType<V> extends FieldType<V> {
  /** Reads non-empty text; adds a violation and returns null when it cannot. */
  interface Parser<V> {
    V parse(String text, String key, List<Violation> errors);
  }

  /** Reads a JSON value that is not a string (a number, say); null with a violation if refused. */
  interface PlainReader<V> {
    V read(Object plain, String key, List<Violation> errors);
  }

  /** The problem with a present value, or null. */
  interface Checker<V> {
    String problem(V value, FieldContext context);
  }

  private final Parser<V> parser;
  private final Function<V, String> format;
  private final PlainReader<V> plainReader;
  private final BiFunction<String, FieldContext, String> typing;
  private final Checker<V> checker;
  private String hint = "";

  ScalarType(
      String name,
      Parser<V> parser,
      Function<V, String> format,
      PlainReader<V> plainReader,
      BiFunction<String, FieldContext, String> typing,
      Checker<V> checker) {
    super(name);
    this.parser = parser;
    this.format = format;
    this.plainReader = plainReader;
    this.typing = typing;
    this.checker = checker;
  }

  /** Text kept as text, with a check and a way of forgiving typed input. */
  static ScalarType<String> text(
      String name, BiFunction<String, FieldContext, String> typing, Checker<String> checker) {
    return new ScalarType<>(
        name, (text, key, errors) -> text, s -> s, ScalarType::notAString, typing, checker);
  }

  /** The same type with a hint on how to write it. */
  ScalarType<V> hinted(String howToWrite) {
    ScalarType<V> copy = new ScalarType<>(name(), parser, format, plainReader, typing, checker);
    copy.hint = howToWrite;
    return copy;
  }

  @Override
  public String hint() {
    return hint;
  }

  static <V> V notAString(Object plain, String key, List<Violation> errors) {
    errors.add(new Violation(key, "must be a string"));
    return null;
  }

  String format(V value) {
    return value == null ? "" : format.apply(value);
  }

  /** Reads non-empty text as the CSV gives it. */
  V parse(String text, String key, List<Violation> errors) {
    return parser.parse(text, key, errors);
  }

  /** Reads one typed text: stripped, forgiven (case, country names), then parsed. */
  V fromTyped(String typed, String key, FieldContext context, List<Violation> errors) {
    String t = Checks.blankToNull(typed);
    return t == null ? null : parser.parse(typing.apply(t, context), key, errors);
  }

  /** Reads one JSON value that is not null. */
  V fromPlainValue(Object value, String key, TextInput text, List<Violation> errors) {
    if (value instanceof String s) {
      String t = text.read(s);
      return t == null ? null : parser.parse(t, key, errors);
    }
    return plainReader.read(value, key, errors);
  }

  /** Numbers stay numbers in JSON; every other value is its text. */
  Object plainOf(V value) {
    return value == null || value instanceof Number ? value : format.apply(value);
  }

  @Override
  public String problem(V value, FieldContext context) {
    return checker == null ? null : checker.problem(value, context);
  }

  @Override
  List<String> toCells(V value) {
    return List.of(format(value));
  }

  @Override
  V fromCells(List<String> cells, Field<?, V> field, List<Violation> errors) {
    String text = Checks.emptyToNull(cells.get(0));
    return text == null ? null : parser.parse(text, field.key(), errors);
  }

  @Override
  Object toPlain(V value) {
    return plainOf(value);
  }

  @Override
  V fromPlain(Object plain, Field<?, V> field, TextInput text, List<Violation> errors) {
    return plain == null ? null : fromPlainValue(plain, field.key(), text, errors);
  }

  @Override
  List<List<String>> toTyped(V value) {
    return List.of(List.of(format(value)));
  }

  @Override
  V fromTyped(
      List<List<String>> typed, Field<?, V> field, FieldContext context, List<Violation> errors) {
    List<String> values = typed.get(0);
    return fromTyped(values.isEmpty() ? null : values.get(0), field.key(), context, errors);
  }

  @Override
  void check(V value, Field<?, V> field, FieldContext context, List<Violation> out) {
    String problem = problem(value, context);
    if (problem != null) {
      out.add(new Violation(field.key(), problem));
    }
  }
}
