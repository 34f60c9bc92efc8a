package org.sightline.store.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

/**
 * The transfers CSV: the columns of the starter {@code transfers.csv}. A CSV row is a flat view of
 * a transfer: several suppliers are {@code ;}-separated in {@code supplier} and {@code
 * supplier_aliases} belong to the first; the first source fills {@code source_*} and the second
 * source's URL {@code second_source_url}. Evidence quotes and further sources only travel in JSON
 * Lines.
 */
public final class TransferCsv {
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "supplier",
          "supplier_aliases",
          "supplier_country",
          "recipient_country",
          "end_user",
          "technologies",
          "status",
          "year_start",
          "year_end",
          "value_amount",
          "value_currency",
          "financing_lender",
          "financing_amount",
          "financing_currency",
          "summary",
          "source_url",
          "source_publisher",
          "source_date",
          "second_source_url");

  private TransferCsv() {}

  /** Reads one row (column name → value, empty meaning unknown); problems become violations. */
  static Parsed parse(Function<String, String> column) {
    List<Violation> errors = new ArrayList<>();
    Function<String, String> get = name -> Values.nullIfEmpty(column.apply(name));
    List<OrganizationRef> suppliers = new ArrayList<>();
    List<String> names = Values.split(get.apply("supplier"));
    List<String> aliases = Values.split(get.apply("supplier_aliases"));
    for (int i = 0; i < names.size(); i++) {
      suppliers.add(new OrganizationRef(null, names.get(i), i == 0 ? aliases : List.of()));
    }
    if (names.isEmpty() && !aliases.isEmpty()) {
      errors.add(new Violation("supplier_aliases", "aliases are given without a supplier"));
    }
    List<TechnologyCategory> techs = new ArrayList<>();
    for (String key : Values.split(get.apply("technologies"))) {
      TechnologyCategory.fromKey(key)
          .ifPresentOrElse(
              techs::add,
              () ->
                  errors.add(
                      new Violation("technologies", "unknown technology key \"" + key + "\"")));
    }
    TransferStatus status = null;
    String statusKey = get.apply("status");
    if (statusKey != null) {
      status = TransferStatus.fromKey(statusKey).orElse(null);
      if (status == null) {
        errors.add(new Violation("status", "unknown status key \"" + statusKey + "\""));
      }
    }
    Integer yearStart = Values.year("year_start", get.apply("year_start"), errors);
    Integer yearEnd = Values.year("year_end", get.apply("year_end"), errors);
    BigDecimal amount = Values.amount("value_amount", get.apply("value_amount"), errors);
    String currency = get.apply("value_currency");
    Money value = null;
    if (amount != null) {
      value = new Money(amount, currency);
    } else if (currency != null && get.apply("value_amount") == null) {
      errors.add(new Violation("value_amount", "a currency is given without an amount"));
    }
    String lender = get.apply("financing_lender");
    BigDecimal finAmount = Values.amount("financing_amount", get.apply("financing_amount"), errors);
    String finCurrency = get.apply("financing_currency");
    Financing financing =
        lender == null && finAmount == null && finCurrency == null
            ? null
            : new Financing(lender, finAmount, finCurrency);
    List<Source> sources = new ArrayList<>();
    String url = get.apply("source_url");
    String publisher = get.apply("source_publisher");
    String date = get.apply("source_date");
    if (url != null || publisher != null || date != null) {
      sources.add(new Source(url, publisher, date, null));
    }
    String second = get.apply("second_source_url");
    if (second != null) {
      sources.add(new Source(second, null, null, null));
    }
    Transfer t =
        new Transfer(
            get.apply("id"),
            suppliers,
            get.apply("supplier_country"),
            get.apply("recipient_country"),
            get.apply("end_user"),
            techs,
            status,
            yearStart,
            yearEnd,
            value,
            financing,
            get.apply("summary"),
            sources,
            PublicationState.PUBLISHED);
    return new Parsed(t, errors);
  }

  /** The row for a transfer, in {@link #COLUMNS} order (empty string for unknown). */
  public static List<String> toRow(Transfer t) {
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(t.id());
    row.add(String.join(";", t.supplierOrgs().stream().map(OrganizationRef::name).toList()));
    row.add(t.supplierOrgs().isEmpty() ? "" : String.join(";", t.supplierOrgs().get(0).aliases()));
    row.add(Values.emptyIfNull(t.supplierCountry()));
    row.add(Values.emptyIfNull(t.recipientCountry()));
    row.add(Values.emptyIfNull(t.endUser()));
    row.add(String.join(";", t.technologies().stream().map(TechnologyCategory::key).toList()));
    row.add(t.status() == null ? "" : t.status().key());
    row.add(Values.emptyIfNull(t.yearStart()));
    row.add(Values.emptyIfNull(t.yearEnd()));
    row.add(t.value() == null ? "" : Values.plain(t.value().amount()));
    row.add(t.value() == null ? "" : Values.emptyIfNull(t.value().currency()));
    Financing f = t.financing();
    row.add(f == null ? "" : Values.emptyIfNull(f.lender()));
    row.add(f == null ? "" : Values.plain(f.amount()));
    row.add(f == null ? "" : Values.emptyIfNull(f.currency()));
    row.add(Values.emptyIfNull(t.summary()));
    Source first = t.sources().isEmpty() ? null : t.sources().get(0);
    row.add(first == null ? "" : Values.emptyIfNull(first.url()));
    row.add(first == null ? "" : Values.emptyIfNull(first.publisher()));
    row.add(first == null ? "" : Values.emptyIfNull(first.date()));
    row.add(t.sources().size() < 2 ? "" : Values.emptyIfNull(t.sources().get(1).url()));
    return row;
  }

  record Parsed(Transfer transfer, List<Violation> violations) {}
}
