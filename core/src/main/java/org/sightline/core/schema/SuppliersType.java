package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.registry.Violation;

/**
 * The suppliers of a transfer: a JSON array of {@code {id, name, aliases?}}; in CSV, the names
 * {@code ;}-separated and the first supplier's other names in their own column; in a form, one name
 * per line.
 */
final class SuppliersType extends ItemsType<OrganizationRef> {
  SuppliersType(RecordSchema<OrganizationRef> ref) {
    super("list of organization references", ref);
  }

  @Override
  List<String> columns(Field<?, List<OrganizationRef>> field) {
    return List.of(field.key(), field.key() + "_aliases");
  }

  /** Both columns hold names, {@code ;}-separated. */
  @Override
  List<FieldType<?>> columnTypes(Field<?, List<OrganizationRef>> field) {
    return List.of(FieldTypes.TEXTS, FieldTypes.TEXTS);
  }

  @Override
  List<String> toCells(List<OrganizationRef> value) {
    List<String> names = new ArrayList<>();
    value.forEach(r -> names.add(r.name()));
    return List.of(
        String.join(";", names), value.isEmpty() ? "" : String.join(";", value.get(0).aliases()));
  }

  @Override
  List<OrganizationRef> fromCells(
      List<String> cells, Field<?, List<OrganizationRef>> field, List<Violation> errors) {
    List<String> names = ListType.split(cells.get(0));
    List<String> aliases = ListType.split(cells.get(1));
    List<OrganizationRef> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new OrganizationRef(null, names.get(i), i == 0 ? aliases : List.of()));
    }
    if (names.isEmpty() && !aliases.isEmpty()) {
      errors.add(new Violation(field.key() + "_aliases", "aliases are given without a supplier"));
    }
    return out;
  }

  @Override
  List<List<String>> toTyped(List<OrganizationRef> value) {
    return List.of(value.stream().map(OrganizationRef::name).toList());
  }

  /** One name per line, as the sources give it; ids are linked when the record is stored. */
  @Override
  List<OrganizationRef> fromTyped(
      List<List<String>> typed,
      Field<?, List<OrganizationRef>> field,
      FieldContext context,
      List<Violation> errors) {
    return lines(typed.get(0)).stream().map(name -> new OrganizationRef(null, name)).toList();
  }

  @Override
  void check(
      List<OrganizationRef> value,
      Field<?, List<OrganizationRef>> field,
      FieldContext context,
      List<Violation> out) {
    if (value.stream().anyMatch(r -> r.name() == null || r.name().isBlank())) {
      out.add(new Violation(field.key(), "organization name is blank"));
    }
  }
}
