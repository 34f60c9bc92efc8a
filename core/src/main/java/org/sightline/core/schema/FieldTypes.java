package org.sightline.core.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sightline.core.countries.Country;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.Violation;

/**
 * The types of the fields of the register. Each says once how its values are written, read and
 * checked; the messages are the ones curators see in import reports, API errors and forms.
 */
public final class FieldTypes {
  private FieldTypes() {}

  /** Free text. */
  public static final FieldType<String> TEXT = ScalarType.text("text", (t, c) -> t, null);

  /** A record id: 1-64 letters, digits or {@code . _ : -}. */
  public static final FieldType<String> ID =
      ScalarType.text(
          "id", (t, c) -> t, mustBe(Checks::isRecordId, "1-64 letters, digits or . _ : -"));

  /** An ISO 3166-1 alpha-2 code the gazetteer knows; forms also take a country's name. */
  public static final FieldType<String> COUNTRY =
      ScalarType.text(
          "country code",
          FieldTypes::typedCountry,
          (code, c) ->
              c.countries().isKnownCode(code)
                  ? null
                  : "unknown ISO 3166-1 alpha-2 country code \"" + code + "\"");

  /** An ISO 4217 currency code; forms forgive lower case. */
  public static final FieldType<String> CURRENCY =
      ScalarType.text(
          "currency",
          (t, c) -> t.toUpperCase(Locale.ROOT),
          mustBe(Checks::isCurrency, "an ISO 4217 code such as USD"));

  /** An absolute http(s) address. */
  public static final FieldType<String> URL =
      ScalarType.text(
          "url",
          (t, c) -> t,
          (url, c) -> Checks.isWebUrl(url) ? null : "is not an http(s) URL: " + url);

  /** A date as precise as a document shows it: YYYY-MM-DD, YYYY-MM or YYYY. */
  public static final FieldType<String> PARTIAL_DATE =
      ScalarType.text(
              "date", (t, c) -> t, mustBe(Checks::isPartialDate, "YYYY-MM-DD, YYYY-MM or YYYY"))
          .hinted("YYYY, YYYY-MM or YYYY-MM-DD");

  /** A year from {@link Checks#MIN_YEAR} to a few decades ahead; JSON gives it as a number. */
  public static final FieldType<Integer> YEAR =
      new ScalarType<>(
          "year",
          FieldTypes::year,
          String::valueOf,
          FieldTypes::wholeNumber,
          (t, c) -> t,
          (year, c) ->
              year < Checks.MIN_YEAR || year > c.maxYear()
                  ? "year " + year + " is out of range " + Checks.MIN_YEAR + "-" + c.maxYear()
                  : null);

  /** An amount in units of its currency, plain (120000000, 1500.50), never negative. */
  public static final FieldType<BigDecimal> AMOUNT =
      new ScalarType<>(
          "money amount",
          FieldTypes::amount,
          BigDecimal::toPlainString,
          FieldTypes::number,
          (t, c) -> t,
          (amount, c) ->
              amount.signum() < 0
                  ? "must not be negative (got " + amount.toPlainString() + ")"
                  : null);

  public static final FieldType<TransferStatus> STATUS =
      key("status", TransferStatus::key, TransferStatus::fromKey);

  public static final FieldType<OrganizationKind> ORGANIZATION_KIND =
      key("kind", OrganizationKind::key, OrganizationKind::fromKey);

  /** Technology categories by key. */
  public static final FieldType<List<TechnologyCategory>> TECHNOLOGIES =
      new ListType<>(
          "list of technology keys",
          keyScalar("technology", TechnologyCategory::key, TechnologyCategory::fromKey));

  /** Names or other text, several. */
  public static final FieldType<List<String>> TEXTS =
      new ListType<>("list of text", (ScalarType<String>) TEXT);

  /** A check of the value alone: the problem says what it must be and what it got. */
  private static ScalarType.Checker<String> mustBe(Predicate<String> test, String what) {
    return (value, c) -> test.test(value) ? null : "must be " + what + " (got \"" + value + "\")";
  }

  /** A key of a fixed vocabulary (an enum of the model). */
  static <E> FieldType<E> key(
      String noun, Function<E, String> key, Function<String, Optional<E>> fromKey) {
    return keyScalar(noun, key, fromKey);
  }

  private static <E> ScalarType<E> keyScalar(
      String noun, Function<E, String> key, Function<String, Optional<E>> fromKey) {
    return new ScalarType<>(
        noun + " key",
        (text, field, errors) -> {
          Optional<E> value = fromKey.apply(text);
          if (value.isEmpty()) {
            errors.add(new Violation(field, "unknown " + noun + " \"" + text + "\""));
          }
          return value.orElse(null);
        },
        key,
        ScalarType::notAString,
        (t, c) -> t,
        null);
  }

  /** A code as typed (upper-cased) or a country's name; anything else is left for the check. */
  private static String typedCountry(String typed, FieldContext context) {
    if (typed.length() == 2) {
      return typed.toUpperCase(Locale.ROOT);
    }
    return context.countries().byName(typed).map(Country::code).orElse(typed);
  }

  private static Integer year(String text, String field, List<Violation> errors) {
    if (!Checks.isWholeNumber(text)) {
      errors.add(new Violation(field, "is not a year (got \"" + text + "\")"));
      return null;
    }
    return Integer.valueOf(text);
  }

  private static Integer wholeNumber(Object value, String field, List<Violation> errors) {
    if (value instanceof Integer i) {
      return i;
    }
    errors.add(new Violation(field, "must be a whole number (got " + value + ")"));
    return null;
  }

  private static BigDecimal amount(String text, String field, List<Violation> errors) {
    if (!Checks.isPlainNumber(text)) {
      errors.add(
          new Violation(
              field, "is not a plain number such as 120000000 or 1500.50 (got \"" + text + "\")"));
      return null;
    }
    return withinBounds(new BigDecimal(text), field, errors);
  }

  private static BigDecimal number(Object value, String field, List<Violation> errors) {
    BigDecimal amount = null;
    if (value instanceof BigDecimal d) {
      amount = d;
    } else if (value instanceof Integer || value instanceof Long) {
      amount = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof BigInteger b) {
      amount = new BigDecimal(b);
    }
    if (amount == null) {
      errors.add(new Violation(field, "must be a number (got " + value + ")"));
      return null;
    }
    return withinBounds(amount, field, errors);
  }

  /** What the database keeps: at most two decimal places and eighteen whole digits. */
  private static BigDecimal withinBounds(BigDecimal amount, String field, List<Violation> errors) {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > Checks.MAX_AMOUNT_SCALE) {
      errors.add(
          new Violation(
              field,
              "has more than "
                  + Checks.MAX_AMOUNT_SCALE
                  + " decimal places (got "
                  + amount.toPlainString()
                  + ")"));
      return null;
    }
    if (stripped.precision() - stripped.scale() > Checks.MAX_AMOUNT_DIGITS) {
      errors.add(new Violation(field, "is too large (got " + amount.toPlainString() + ")"));
      return null;
    }
    return amount;
  }
}
