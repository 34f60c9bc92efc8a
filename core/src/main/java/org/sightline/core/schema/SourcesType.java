package org.sightline.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.model.Source;
import org.sightline.core.registry.Violation;

/**
 * The sources of a transfer: a JSON array of source objects; in a form, rows of the source's inputs
 * ({@code source_url}, ...); in CSV, the contract's flat view: the first source's URL, publisher
 * and date, and the second source's URL ({@code second_source_url}). Evidence quotes and further
 * sources travel in JSON only. Rules name the first source {@code source} and the others {@code
 * source[1]}, {@code source[2]}...
 */
final class SourcesType extends ItemsType<Source> {
  SourcesType(RecordSchema<Source> source) {
    super("list of sources", source);
  }

  /** How rules name the source at this position: source, source[1], ... */
  static String prefix(int index) {
    return index == 0 ? "source" : "source[" + index + "]";
  }

  @Override
  List<String> columns(Field<?, List<Source>> field) {
    String k = field.key();
    return List.of(k + "_url", k + "_publisher", k + "_date", "second_" + k + "_url");
  }

  @Override
  List<FieldType<?>> columnTypes(Field<?, List<Source>> field) {
    FieldType<?> url = item.field("url").type();
    return List.of(url, item.field("publisher").type(), item.field("date").type(), url);
  }

  @Override
  List<String> inputs(Field<?, List<Source>> field) {
    List<String> out = new ArrayList<>();
    item.inputs().forEach(i -> out.add(field.input() + "_" + i));
    return out;
  }

  @Override
  List<Field<?, ?>> parts(Field<?, List<Source>> field) {
    List<Field<?, ?>> out = new ArrayList<>();
    for (Field<Source, ?> f : item.fields()) {
      out.add(f.renamed(field.key() + "_" + f.key(), field.input() + "_" + f.input()));
    }
    return out;
  }

  @Override
  List<String> toCells(List<Source> value) {
    Source first = value.isEmpty() ? null : value.get(0);
    return List.of(
        first == null ? "" : text(first.url()),
        first == null ? "" : text(first.publisher()),
        first == null ? "" : text(first.date()),
        value.size() < 2 ? "" : text(value.get(1).url()));
  }

  @Override
  List<Source> fromCells(List<String> cells, Field<?, List<Source>> field, List<Violation> errors) {
    List<Source> out = new ArrayList<>();
    String url = Checks.emptyToNull(cells.get(0));
    String publisher = Checks.emptyToNull(cells.get(1));
    String date = Checks.emptyToNull(cells.get(2));
    if (url != null || publisher != null || date != null) {
      out.add(new Source(url, publisher, date, null));
    }
    String second = Checks.emptyToNull(cells.get(3));
    if (second != null) {
      out.add(new Source(second, null, null, null));
    }
    return out;
  }

  @Override
  List<List<String>> toTyped(List<Source> value) {
    List<List<String>> out = new ArrayList<>();
    for (String input : item.inputs()) {
      List<String> column = new ArrayList<>();
      value.forEach(s -> column.add(item.typed(s).get(input).get(0)));
      out.add(column);
    }
    return out;
  }

  /** One source per row of inputs; rows left empty are skipped. */
  @Override
  List<Source> fromTyped(
      List<List<String>> typed,
      Field<?, List<Source>> field,
      FieldContext context,
      List<Violation> errors) {
    List<String> inputs = item.inputs();
    int rows = typed.stream().mapToInt(List::size).max().orElse(0);
    List<Source> out = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      Map<String, List<String>> cells = new java.util.HashMap<>();
      boolean blank = true;
      for (int i = 0; i < inputs.size(); i++) {
        List<String> column = typed.get(i);
        String value = row < column.size() && column.get(row) != null ? column.get(row) : "";
        blank &= value.isBlank();
        cells.put(inputs.get(i), List.of(value));
      }
      if (!blank) {
        out.add(item.fromTyped(cells::get, context, errors));
      }
    }
    return out;
  }

  @Override
  void check(
      List<Source> value, Field<?, List<Source>> field, FieldContext context, List<Violation> out) {
    for (int i = 0; i < value.size(); i++) {
      String prefix = prefix(i);
      for (Violation v : item.check(value.get(i), context)) {
        out.add(
            new Violation(v.field().isEmpty() ? prefix : prefix + "_" + v.field(), v.message()));
      }
    }
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
