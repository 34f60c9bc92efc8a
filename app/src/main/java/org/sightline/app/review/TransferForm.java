package org.sightline.app.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.FieldContext;
import org.sightline.core.schema.TransferSchema;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The one transfer form, of the edit page and of the extraction review's edit (template fragment
 * {@code transfer-form :: fields}), as typed. Inputs, labels and the reading of what was typed come
 * from {@link TransferSchema}: input names are the keys the rules report violations under, so each
 * message lands next to its field. Suppliers are one name per line; sources are rows of four
 * inputs, with an empty row at the end for one more.
 */
public record TransferForm(Map<String, List<String>> inputs, boolean blankSourceRow)
    implements TypedInputs {

  private static final List<String> SOURCE_INPUTS = TransferSchema.SOURCES.inputs();

  /** One source row; {@code prefix} is how the rules name it (source, source[1], ...). */
  record SourceRow(int index, String url, String publisher, String date, String evidence) {
    public String prefix() {
      return index == 0 ? "source" : "source[" + index + "]";
    }
  }

  public static TransferForm empty() {
    return new TransferForm(Map.of(), true);
  }

  public static TransferForm of(Transfer t) {
    return new TransferForm(TransferSchema.SCHEMA.typed(t), true);
  }

  public static TransferForm of(MultiValueMap<String, String> p) {
    return new TransferForm(TypedInputs.posted(p), false);
  }

  /** The same form with an empty row at the end for one more source. */
  public TransferForm withBlankSourceRow() {
    return new TransferForm(inputs, true);
  }

  /** The source rows that hold something, then the empty row when the form offers one. */
  public List<SourceRow> sources() {
    List<List<String>> columns = SOURCE_INPUTS.stream().map(this::values).toList();
    int n = columns.stream().mapToInt(List::size).max().orElse(0);
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SourceRow row =
          new SourceRow(
              rows.size(),
              at(columns.get(0), i),
              at(columns.get(1), i),
              at(columns.get(2), i),
              at(columns.get(3), i));
      if (!(row.url() + row.publisher() + row.date() + row.evidence()).isBlank()) {
        rows.add(row);
      }
    }
    if (blankSourceRow) {
      rows.add(new SourceRow(rows.size(), "", "", "", ""));
    }
    return rows;
  }

  /**
   * The transfer this form describes, keeping the ids and aliases of suppliers whose names did not
   * change; format problems (a year that is no number) go to {@code errors}.
   */
  public Transfer toTransfer(
      String id, Transfer previous, Countries countries, List<Violation> errors) {
    Map<String, List<String>> typed = new LinkedHashMap<>(inputs);
    typed.put(TransferSchema.ID.input(), List.of(id));
    Transfer t =
        TransferSchema.SCHEMA.fromTyped(
            name -> typed.getOrDefault(name, List.of()), new FieldContext(countries), errors);
    List<OrganizationRef> refs = new ArrayList<>();
    for (OrganizationRef ref : t.supplierOrgs()) {
      refs.add(
          previous == null
              ? ref
              : previous.supplierOrgs().stream()
                  .filter(r -> ref.name().equals(r.name()))
                  .findFirst()
                  .orElse(ref));
    }
    return t.withSupplierOrgs(refs)
        .withState(previous == null ? PublicationState.DRAFT : previous.state());
  }

  /**
   * Puts the form on a page: its values, the problems (each also by its field), the fields' labels
   * and the choices the fragment offers.
   */
  public static void show(
      Model model, TransferForm form, List<Violation> problems, Countries countries) {
    model.addAttribute("form", form);
    model.addAttribute("fields", TransferSchema.SCHEMA.labelled());
    model.addAttribute("errors", byField(problems));
    model.addAttribute("problems", problems);
    model.addAttribute("technologyChoices", TechnologyCategory.values());
    model.addAttribute("statusChoices", TransferStatus.values());
    model.addAttribute("countryChoices", countries.byDisplayName());
  }

  /** The messages of each field, joined, for showing next to it. */
  static Map<String, String> byField(List<Violation> violations) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Violation v : violations) {
      out.merge(v.field(), v.message(), (a, b) -> a + "; " + b);
    }
    return out;
  }

  private static String at(List<String> values, int i) {
    return i < values.size() && values.get(i) != null ? values.get(i) : "";
  }
}
