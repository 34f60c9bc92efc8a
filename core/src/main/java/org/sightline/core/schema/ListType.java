package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.registry.Violation;

/**
 * A list of scalar values: one {@code ;}-separated CSV cell, a JSON array of strings, one form
 * input with a value per element (checkboxes) or a line per element (a text area). Empty elements
 * are dropped; the absent value is the empty list.
 */
final class ListType<E> extends ListValuedType<E> {
  private final ScalarType<E> element;

  ListType(String name, ScalarType<E> element) {
    super(name);
    this.element = element;
  }

  @Override
  List<String> toCells(List<E> value) {
    return List.of(String.join(";", texts(value)));
  }

  @Override
  List<E> fromCells(List<String> cells, Field<?, List<E>> field, List<Violation> errors) {
    List<E> out = new ArrayList<>();
    for (String part : split(cells.get(0))) {
      add(out, element.parse(part, field.key(), errors));
    }
    return out;
  }

  /** The elements of a {@code ;}-separated cell; empty parts are dropped. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String part : text.split(";", -1)) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  @Override
  Object toPlain(List<E> value) {
    return value.stream().map(element::plainOf).toList();
  }

  @Override
  List<E> fromPlain(Object plain, Field<?, List<E>> field, TextInput text, List<Violation> errors) {
    String notStrings = "must be an array of strings";
    List<E> out = new ArrayList<>();
    for (Object e : array(plain, field.key(), notStrings, errors)) {
      if (!(e instanceof String s)) {
        errors.add(new Violation(field.key(), notStrings));
      } else if (text.read(s) != null) {
        add(out, element.parse(text.read(s), field.key(), errors));
      }
    }
    return out;
  }

  @Override
  List<List<String>> toTyped(List<E> value) {
    return List.of(texts(value));
  }

  /** Each typed value may hold several elements, one per line. */
  @Override
  List<E> fromTyped(
      List<List<String>> typed,
      Field<?, List<E>> field,
      FieldContext context,
      List<Violation> errors) {
    List<E> out = new ArrayList<>();
    for (String line : lines(typed.get(0))) {
      add(out, element.fromTyped(line, field.key(), context, errors));
    }
    return out;
  }

  @Override
  void check(List<E> value, Field<?, List<E>> field, FieldContext context, List<Violation> out) {
    for (E e : value) {
      String problem = element.problem(e, context);
      if (problem != null) {
        out.add(new Violation(field.key(), problem));
      }
    }
  }

  private List<String> texts(List<E> value) {
    List<String> out = new ArrayList<>(value.size());
    value.forEach(e -> out.add(element.format(e)));
    return out;
  }

  private static <E> void add(List<E> out, E e) {
    if (e != null) {
      out.add(e);
    }
  }
}
