package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.registry.Violation;

/**
 * A list of records of their own (the sources of a transfer, its suppliers): in JSON an array of
 * objects, each written and read by the item's schema; problems inside an item are named {@code
 * json.field} (e.g. {@code sources.url}). How the list shows in CSV and in a form is the subtype's.
 */
abstract class ItemsType<I> extends ListValuedType<I> {
  final RecordSchema<I> item;

  ItemsType(String name, RecordSchema<I> item) {
    super(name);
    this.item = item;
  }

  @Override
  Object toPlain(List<I> value) {
    return value.stream().map(item::toPlain).toList();
  }

  @Override
  List<I> fromPlain(Object plain, Field<?, List<I>> field, TextInput text, List<Violation> errors) {
    List<I> out = new ArrayList<>();
    for (Object each : array(plain, field.json(), "must be an array", errors)) {
      if (!(each instanceof Map<?, ?> map)) {
        errors.add(new Violation(field.json(), "entries must be objects"));
        continue;
      }
      List<Violation> inner = new ArrayList<>();
      out.add(item.fromPlain(map, text, inner));
      inner.forEach(v -> errors.add(new Violation(field.json() + "." + v.field(), v.message())));
    }
    return out;
  }
}
