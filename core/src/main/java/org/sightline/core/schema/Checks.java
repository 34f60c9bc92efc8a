package org.sightline.core.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one home of the value checks: record ids, web addresses, country-code shape, ISO 4217
 * currencies, years, dates and empty text. The field types of the schema use them, and so do the
 * rules of responses, the API parameters and the extraction input, so a value accepted in one place
 * is accepted everywhere.
 */
public final class Checks {
  /** Earliest year a record may carry: the modern surveillance trade starts well after this. */
  public static final int MIN_YEAR = 1945;

  /** Contracts can state end years in the future; beyond this a year is a typo. */
  public static final int MAX_YEAR_AHEAD = 30;

  /** The database keeps amounts as NUMERIC(20, 2): whole units plus cents. */
  public static final int MAX_AMOUNT_SCALE = 2;

  public static final int MAX_AMOUNT_DIGITS = 18;

  /**
   * The longest address accepted where anyone signed in may type one (response links, document
   * addresses); source URLs come from curated records and have no limit.
   */
  public static final int MAX_URL = 2000;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Set<String> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(Collectors.toUnmodifiableSet());

  private Checks() {}

  /** 1-64 letters, digits or {@code . _ : -}, starting with a letter or digit. */
  public static boolean isRecordId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * An absolute http(s) URL with a host, and nothing that could break out of an HTML attribute
   * ({@code javascript:} and {@code data:} never pass). The one URL check: source URLs, response
   * links, document addresses and the links pages draw all use it.
   */
  public static boolean isWebUrl(String url) {
    if (url == null || url.chars().anyMatch(c -> c < 0x21 || c == '"' || c == '<' || c == '>')) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Two upper-case letters: the shape of an ISO 3166-1 alpha-2 code. Whether a country has the code
   * is the gazetteer's to say ({@code Countries.isKnownCode}).
   */
  public static boolean isAlpha2(String code) {
    return code != null && ALPHA2.matcher(code).matches();
  }

  /** An ISO 4217 currency code ({@link Currency}), upper case. */
  public static boolean isCurrency(String code) {
    return code != null && CURRENCIES.contains(code);
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
  public static boolean isPartialDate(String date) {
    if (date == null || !PARTIAL_DATE.matcher(date).matches()) {
      return false;
    }
    try {
      switch (date.length()) {
        case 4 -> Year.parse(date);
        case 7 -> YearMonth.parse(date);
        default -> LocalDate.parse(date);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** A calendar day as YYYY-MM-DD. */
  public static boolean isDay(String date) {
    if (date == null || !DAY.matcher(date).matches()) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The latest year a record may carry, counted from this year. */
  public static int maxYear() {
    return Year.now().getValue() + MAX_YEAR_AHEAD;
  }

  /** Whether the text is a whole number as a year is written (up to nine digits, no sign +). */
  static boolean isWholeNumber(String text) {
    return INTEGER.matcher(text).matches();
  }

  /** Whether the text is a plain decimal number: 120000000, 1500.50, -5. */
  static boolean isPlainNumber(String text) {
    return DECIMAL.matcher(text).matches();
  }

  /** Null for null or empty text; anything else as it is (data is kept byte for byte). */
  public static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Null for null or blank text, else the text without surrounding white space (typed input). */
  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
