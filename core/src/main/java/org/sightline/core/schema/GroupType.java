package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.core.registry.Violation;

/**
 * A value made of parts, each a field of its own (money: an amount and a currency): one CSV column
 * and one form input per part, a JSON object of the parts or null. Rules and forms name the parts
 * by their own keys ({@code value_amount}).
 */
final class GroupType<G> extends FieldType<G> {
  /** Makes the value from its parts' values (null when there is none), or reports why not. */
  interface Assembler<G> {
    G assemble(FieldValues parts, List<Violation> errors);
  }

  /** Problems of the value as a whole. */
  interface Rule<G> {
    void check(G value, List<Violation> out);
  }

  private final RecordSchema<G> parts;
  private final Assembler<G> assembler;
  private final Rule<G> rule;

  GroupType(String name, List<Field<G, ?>> parts, Assembler<G> assembler, Rule<G> rule) {
    super(name);
    this.parts = new RecordSchema<>(name, parts, v -> null, g -> false, List.of());
    this.assembler = assembler;
    this.rule = rule;
  }

  @Override
  List<String> columns(Field<?, G> field) {
    return parts.columns();
  }

  @Override
  List<FieldType<?>> columnTypes(Field<?, G> field) {
    return List.copyOf(parts.columnTypes().values());
  }

  @Override
  List<String> inputs(Field<?, G> field) {
    return parts.inputs();
  }

  @Override
  List<Field<?, ?>> parts(Field<?, G> field) {
    return List.copyOf(parts.fields());
  }

  @Override
  List<String> toCells(G value) {
    return parts.cells(value);
  }

  @Override
  G fromCells(List<String> cells, Field<?, G> field, List<Violation> errors) {
    List<String> columns = parts.columns();
    int before = errors.size();
    FieldValues values = parts.valuesFromCells(name -> cells.get(columns.indexOf(name)), errors);
    return errors.size() == before ? assembler.assemble(values, errors) : null;
  }

  @Override
  Object toPlain(G value) {
    return value == null ? null : parts.toPlain(value);
  }

  @Override
  G fromPlain(Object plain, Field<?, G> field, TextInput text, List<Violation> errors) {
    if (plain == null) {
      return null;
    }
    if (!(plain instanceof Map<?, ?> map)) {
      errors.add(new Violation(field.json(), "must be an object " + shape() + " or null"));
      return null;
    }
    int before = errors.size();
    FieldValues values = parts.valuesFromPlain(map, text, errors);
    return errors.size() == before ? assembler.assemble(values, errors) : null;
  }

  @Override
  List<List<String>> toTyped(G value) {
    return new ArrayList<>(parts.typed(value).values());
  }

  @Override
  G fromTyped(
      List<List<String>> typed, Field<?, G> field, FieldContext context, List<Violation> errors) {
    Map<String, List<String>> byInput = new LinkedHashMap<>();
    List<String> inputs = parts.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      byInput.put(inputs.get(i), typed.get(i));
    }
    int before = errors.size();
    FieldValues values = parts.valuesFromTyped(byInput::get, context, errors);
    return errors.size() == before ? assembler.assemble(values, errors) : null;
  }

  @Override
  void check(G value, Field<?, G> field, FieldContext context, List<Violation> out) {
    out.addAll(parts.check(value, context));
    rule.check(value, out);
  }

  private String shape() {
    return parts.fields().stream().map(Field::json).collect(Collectors.joining(", ", "{", "}"));
  }
}
