package org.sightline.core.schema;

import java.math.BigDecimal;
import java.util.List;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.Violation;

/**
 * The fields of a transfer and of its parts (sources, supplier references, contract value,
 * financing), each declared once. The order of {@link #SCHEMA}'s fields is the order of the
 * contract's CSV columns and JSON keys.
 */
public final class TransferSchema {
  private TransferSchema() {}

  // --- a source -------------------------------------------------------------------------------

  public static final Field<Source, String> SOURCE_URL =
      Field.of("url", "URL", FieldTypes.URL, Source::url);
  public static final Field<Source, String> SOURCE_PUBLISHER =
      Field.of("publisher", "Publisher", FieldTypes.TEXT, Source::publisher);
  public static final Field<Source, String> SOURCE_DATE =
      Field.of("date", "Date", FieldTypes.PARTIAL_DATE, Source::date);
  public static final Field<Source, String> SOURCE_EVIDENCE =
      Field.of("evidence", "Evidence quote", FieldTypes.TEXT, Source::evidence);

  /** A source; a source with neither URL, publisher nor quote is empty. */
  public static final RecordSchema<Source> SOURCE =
      new RecordSchema<>(
          "source",
          List.of(SOURCE_URL, SOURCE_PUBLISHER, SOURCE_DATE, SOURCE_EVIDENCE),
          v ->
              new Source(
                  v.get(SOURCE_URL),
                  v.get(SOURCE_PUBLISHER),
                  v.get(SOURCE_DATE),
                  v.get(SOURCE_EVIDENCE)),
          s -> false,
          List.of(
              (s, out) -> {
                if (s.url() == null && s.evidence() == null && s.publisher() == null) {
                  out.add(new Violation("", "is empty"));
                }
              }));

  // --- a supplier named on a transfer ---------------------------------------------------------

  private static final Field<OrganizationRef, String> SUPPLIER_ID =
      Field.of("id", "Id", FieldTypes.TEXT, OrganizationRef::id);
  private static final Field<OrganizationRef, String> SUPPLIER_NAME =
      Field.of("name", "Name", FieldTypes.TEXT, OrganizationRef::name);
  private static final Field<OrganizationRef, List<String>> SUPPLIER_ALIASES =
      Field.of("aliases", "Other names", FieldTypes.TEXTS, OrganizationRef::aliases)
          .omittedWhenEmptyInJson();

  static final RecordSchema<OrganizationRef> SUPPLIER =
      new RecordSchema<>(
          "supplier",
          List.of(SUPPLIER_ID, SUPPLIER_NAME, SUPPLIER_ALIASES),
          v ->
              new OrganizationRef(
                  v.get(SUPPLIER_ID), v.get(SUPPLIER_NAME), v.get(SUPPLIER_ALIASES)),
          r -> false,
          List.of());

  // --- the contract value and the financing ---------------------------------------------------

  public static final Field<Money, BigDecimal> VALUE_AMOUNT =
      Field.of("value_amount", "Contract value", FieldTypes.AMOUNT, Money::amount).json("amount");
  public static final Field<Money, String> VALUE_CURRENCY =
      Field.of("value_currency", "Currency", FieldTypes.CURRENCY, Money::currency).json("currency");

  private static final String CURRENCY_WITHOUT_AMOUNT = "a currency is given without an amount";
  private static final String CURRENCY_NEEDED = "is required when an amount is given";

  static final FieldType<Money> MONEY =
      new GroupType<>(
          "money",
          List.of(VALUE_AMOUNT, VALUE_CURRENCY),
          (v, errors) -> {
            if (v.get(VALUE_AMOUNT) != null) {
              return new Money(v.get(VALUE_AMOUNT), v.get(VALUE_CURRENCY));
            }
            if (v.get(VALUE_CURRENCY) != null) {
              errors.add(new Violation(VALUE_AMOUNT.key(), CURRENCY_WITHOUT_AMOUNT));
            }
            return null;
          },
          (m, out) -> {
            if (m.currency() == null) {
              out.add(new Violation(VALUE_CURRENCY.key(), CURRENCY_NEEDED));
            }
          });

  public static final Field<Financing, String> FINANCING_LENDER =
      Field.of("financing_lender", "Lender", FieldTypes.TEXT, Financing::lender).json("lender");
  public static final Field<Financing, BigDecimal> FINANCING_AMOUNT =
      Field.of("financing_amount", "Loan amount", FieldTypes.AMOUNT, Financing::amount)
          .json("amount");
  public static final Field<Financing, String> FINANCING_CURRENCY =
      Field.of("financing_currency", "Currency", FieldTypes.CURRENCY, Financing::currency)
          .json("currency");

  /** A loan: a lender or an amount (or both); an amount needs its currency. */
  static final FieldType<Financing> FINANCING_TYPE =
      new GroupType<>(
          "financing",
          List.of(FINANCING_LENDER, FINANCING_AMOUNT, FINANCING_CURRENCY),
          (v, errors) ->
              v.get(FINANCING_LENDER) == null
                      && v.get(FINANCING_AMOUNT) == null
                      && v.get(FINANCING_CURRENCY) == null
                  ? null
                  : new Financing(
                      v.get(FINANCING_LENDER), v.get(FINANCING_AMOUNT), v.get(FINANCING_CURRENCY)),
          (f, out) -> {
            if (f.amount() != null && f.currency() == null) {
              out.add(new Violation(FINANCING_CURRENCY.key(), CURRENCY_NEEDED));
            } else if (f.amount() == null && f.currency() != null) {
              out.add(new Violation(FINANCING_AMOUNT.key(), CURRENCY_WITHOUT_AMOUNT));
            }
            if (f.lender() == null && f.amount() == null) {
              out.add(new Violation("financing", "needs a lender or an amount"));
            }
          });

  // --- the transfer ---------------------------------------------------------------------------

  public static final Field<Transfer, String> ID =
      Field.of("id", "Id", FieldTypes.ID, Transfer::id).needs(Need.required());
  public static final Field<Transfer, String> SUPPLIER_COUNTRY =
      Field.of(
          "supplier_country", "Supplier country", FieldTypes.COUNTRY, Transfer::supplierCountry);
  public static final Field<Transfer, List<OrganizationRef>> SUPPLIERS =
      Field.of("supplier", "Suppliers", new SuppliersType(SUPPLIER), Transfer::supplierOrgs)
          .json("supplier_orgs")
          .input("suppliers")
          .needs(
              Need.requiredUnless(
                  SUPPLIER_COUNTRY, "a supplier organization or supplier country is required"));
  public static final Field<Transfer, String> RECIPIENT_COUNTRY =
      Field.of(
              "recipient_country",
              "Recipient country",
              FieldTypes.COUNTRY,
              Transfer::recipientCountry)
          .needs(Need.required());
  public static final Field<Transfer, String> END_USER =
      Field.of("end_user", "End user", FieldTypes.TEXT, Transfer::endUser);
  public static final Field<Transfer, List<TechnologyCategory>> TECHNOLOGIES =
      Field.of("technologies", "Technologies", FieldTypes.TECHNOLOGIES, Transfer::technologies)
          .needs(Need.required("at least one technology category is required", "at least one"));
  public static final Field<Transfer, TransferStatus> STATUS =
      Field.of("status", "Status", FieldTypes.STATUS, Transfer::status).needs(Need.required());
  public static final Field<Transfer, Integer> YEAR_START =
      Field.of("year_start", "First year", FieldTypes.YEAR, Transfer::yearStart);
  public static final Field<Transfer, Integer> YEAR_END =
      Field.of("year_end", "Last year", FieldTypes.YEAR, Transfer::yearEnd);
  public static final Field<Transfer, Money> VALUE =
      Field.of("value", "Contract value", MONEY, Transfer::value);
  public static final Field<Transfer, Financing> FINANCING =
      Field.of("financing", "Financing", FINANCING_TYPE, Transfer::financing);
  public static final Field<Transfer, String> SUMMARY =
      Field.of("summary", "Summary", FieldTypes.TEXT, Transfer::summary);
  public static final Field<Transfer, List<Source>> SOURCES =
      Field.of("source", "Sources", new SourcesType(SOURCE), Transfer::sources)
          .json("sources")
          .needs(
              Need.toPublish(
                  sources -> sources.stream().anyMatch(s -> s.url() != null),
                  "source_url",
                  "a published record needs at least one source URL"));

  /** The transfer: who supplied which government with what, when, for how much, on what sources. */
  public static final RecordSchema<Transfer> SCHEMA =
      new RecordSchema<>(
          "transfer",
          List.of(
              ID,
              SUPPLIERS,
              SUPPLIER_COUNTRY,
              RECIPIENT_COUNTRY,
              END_USER,
              TECHNOLOGIES,
              STATUS,
              YEAR_START,
              YEAR_END,
              VALUE,
              FINANCING,
              SUMMARY,
              SOURCES),
          v ->
              new Transfer(
                  v.get(ID),
                  v.get(SUPPLIERS),
                  v.get(SUPPLIER_COUNTRY),
                  v.get(RECIPIENT_COUNTRY),
                  v.get(END_USER),
                  v.get(TECHNOLOGIES),
                  v.get(STATUS),
                  v.get(YEAR_START),
                  v.get(YEAR_END),
                  v.get(VALUE),
                  v.get(FINANCING),
                  v.get(SUMMARY),
                  v.get(SOURCES),
                  null),
          Transfer::isPublished,
          List.of(TransferSchema::yearsInOrder));

  private static void yearsInOrder(Transfer t, List<Violation> out) {
    if (t.yearStart() != null && t.yearEnd() != null && t.yearEnd() < t.yearStart()) {
      out.add(
          new Violation(
              YEAR_END.key(),
              "is " + t.yearEnd() + ", before " + YEAR_START.key() + " " + t.yearStart()));
    }
  }
}
