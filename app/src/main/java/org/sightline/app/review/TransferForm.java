package org.sightline.app.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.Violation;
import org.sightline.store.json.Values;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The one transfer form, of the edit page and of the extraction review's edit (template fragment
 * {@code transfer-form :: fields}), as typed: every value is the text of its field, so a refused
 * form comes back exactly as it was sent. Field names are the keys {@link
 * org.sightline.core.registry.RecordRules} reports violations under, so each message lands next to
 * its field. Suppliers are one name per line; sources are rows of four fields.
 */
public record TransferForm(
    String suppliers,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<String> technologies,
    String status,
    String yearStart,
    String yearEnd,
    String valueAmount,
    String valueCurrency,
    String financingLender,
    String financingAmount,
    String financingCurrency,
    String summary,
    List<SourceRow> sources,
    String reason) {

  /** One source row; {@code prefix} is how the rules name it (source, source[1], ...). */
  record SourceRow(int index, String url, String publisher, String date, String evidence) {
    public String prefix() {
      return index == 0 ? "source" : "source[" + index + "]";
    }

    boolean blank() {
      return url.isBlank() && publisher.isBlank() && date.isBlank() && evidence.isBlank();
    }
  }

  public static TransferForm empty() {
    return new TransferForm(
        "", "", "", "", List.of(), "", "", "", "", "", "", "", "", "", withBlankRow(List.of()), "");
  }

  public static TransferForm of(Transfer t) {
    List<SourceRow> rows = new ArrayList<>();
    for (Source s : t.sources()) {
      rows.add(
          new SourceRow(
              rows.size(), text(s.url()), text(s.publisher()), text(s.date()), text(s.evidence())));
    }
    return new TransferForm(
        String.join("\n", t.supplierOrgs().stream().map(OrganizationRef::name).toList()),
        text(t.supplierCountry()),
        text(t.recipientCountry()),
        text(t.endUser()),
        t.technologies().stream().map(TechnologyCategory::key).toList(),
        t.status() == null ? "" : t.status().key(),
        t.yearStart() == null ? "" : t.yearStart().toString(),
        t.yearEnd() == null ? "" : t.yearEnd().toString(),
        t.value() == null ? "" : t.value().amount().toPlainString(),
        t.value() == null ? "" : text(t.value().currency()),
        t.financing() == null ? "" : text(t.financing().lender()),
        t.financing() == null || t.financing().amount() == null
            ? ""
            : t.financing().amount().toPlainString(),
        t.financing() == null ? "" : text(t.financing().currency()),
        text(t.summary()),
        withBlankRow(rows),
        "");
  }

  public static TransferForm of(MultiValueMap<String, String> p) {
    List<String> urls = all(p, "source_url");
    List<String> publishers = all(p, "source_publisher");
    List<String> dates = all(p, "source_date");
    List<String> evidence = all(p, "source_evidence");
    int n =
        Math.max(Math.max(urls.size(), publishers.size()), Math.max(dates.size(), evidence.size()));
    List<SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SourceRow row =
          new SourceRow(rows.size(), at(urls, i), at(publishers, i), at(dates, i), at(evidence, i));
      if (!row.blank()) {
        rows.add(row);
      }
    }
    return new TransferForm(
        one(p, "suppliers"),
        one(p, "supplier_country"),
        one(p, "recipient_country"),
        one(p, "end_user"),
        all(p, "technologies"),
        one(p, "status"),
        one(p, "year_start"),
        one(p, "year_end"),
        one(p, "value_amount"),
        one(p, "value_currency"),
        one(p, "financing_lender"),
        one(p, "financing_amount"),
        one(p, "financing_currency"),
        one(p, "summary"),
        rows,
        one(p, "reason"));
  }

  /** The same form with an empty row at the end for one more source. */
  public TransferForm withBlankSourceRow() {
    return new TransferForm(
        suppliers,
        supplierCountry,
        recipientCountry,
        endUser,
        technologies,
        status,
        yearStart,
        yearEnd,
        valueAmount,
        valueCurrency,
        financingLender,
        financingAmount,
        financingCurrency,
        summary,
        withBlankRow(sources),
        reason);
  }

  /**
   * The transfer this form describes, keeping the ids and aliases of suppliers whose names did not
   * change; format problems (a year that is no number) go to {@code errors}.
   */
  public Transfer toTransfer(
      String id, Transfer previous, Countries countries, List<Violation> errors) {
    List<OrganizationRef> refs = new ArrayList<>();
    for (String line : suppliers.split("\\R")) {
      String name = line.strip();
      if (name.isEmpty()) {
        continue;
      }
      OrganizationRef kept =
          previous == null
              ? null
              : previous.supplierOrgs().stream()
                  .filter(r -> name.equals(r.name()))
                  .findFirst()
                  .orElse(null);
      refs.add(kept != null ? kept : new OrganizationRef(null, name));
    }
    List<TechnologyCategory> techs = new ArrayList<>();
    for (String key : technologies) {
      TechnologyCategory.fromKey(key)
          .ifPresentOrElse(
              techs::add,
              () ->
                  errors.add(new Violation("technologies", "unknown technology \"" + key + "\"")));
    }
    TransferStatus st = null;
    if (!status.isBlank()) {
      st = TransferStatus.fromKey(status).orElse(null);
      if (st == null) {
        errors.add(new Violation("status", "unknown status \"" + status + "\""));
      }
    }
    BigDecimal value = Values.amount("value_amount", valueAmount.strip(), errors);
    Money money = null;
    if (value != null) {
      money = new Money(value, currency(valueCurrency));
    } else if (!valueCurrency.isBlank() && valueAmount.isBlank()) {
      errors.add(new Violation("value_amount", "a currency is given without an amount"));
    }
    BigDecimal lent = Values.amount("financing_amount", financingAmount.strip(), errors);
    Financing financing = null;
    if (!financingLender.isBlank() || lent != null || !financingCurrency.isBlank()) {
      financing = new Financing(nullIfBlank(financingLender), lent, currency(financingCurrency));
    }
    List<Source> srcs = new ArrayList<>();
    for (SourceRow r : sources) {
      srcs.add(
          new Source(
              nullIfBlank(r.url()),
              nullIfBlank(r.publisher()),
              nullIfBlank(r.date()),
              nullIfBlank(r.evidence())));
    }
    return new Transfer(
        id,
        refs,
        country(supplierCountry, countries),
        country(recipientCountry, countries),
        nullIfBlank(endUser),
        techs,
        st,
        Values.year("year_start", yearStart.strip(), errors),
        Values.year("year_end", yearEnd.strip(), errors),
        money,
        financing,
        nullIfBlank(summary),
        srcs,
        previous == null ? PublicationState.DRAFT : previous.state());
  }

  /**
   * Puts the form on a page: its values, the problems (each also by its field) and the choices the
   * fragment offers.
   */
  public static void show(
      Model model, TransferForm form, List<Violation> problems, Countries countries) {
    model.addAttribute("form", form);
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

  /** A code as typed (upper-cased) or a country's name; anything else is left for the rules. */
  static String country(String typed, Countries countries) {
    String t = nullIfBlank(typed);
    if (t == null) {
      return null;
    }
    if (t.length() == 2) {
      return t.toUpperCase(Locale.ROOT);
    }
    return countries.byName(t).map(c -> c.code()).orElse(t);
  }

  private static String currency(String typed) {
    String t = nullIfBlank(typed);
    return t == null ? null : t.toUpperCase(Locale.ROOT);
  }

  private static List<SourceRow> withBlankRow(List<SourceRow> rows) {
    List<SourceRow> out = new ArrayList<>(rows);
    out.add(new SourceRow(out.size(), "", "", "", ""));
    return out;
  }

  static String one(MultiValueMap<String, String> p, String name) {
    String v = p.getFirst(name);
    return v == null ? "" : v;
  }

  private static List<String> all(MultiValueMap<String, String> p, String name) {
    List<String> v = p.get(name);
    return v == null ? List.of() : v;
  }

  private static String at(List<String> values, int i) {
    return i < values.size() && values.get(i) != null ? values.get(i) : "";
  }

  static String nullIfBlank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
