package org.sightline.core.registry;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;

/**
 * The validation rules every transfer and organization must pass before it is stored, whatever the
 * way in (import, API, web form). Format-level problems (unknown keys, unparseable numbers) are
 * reported by the readers; these rules check the meaning.
 */
public final class RecordRules {
  /** Earliest year a record may carry: the modern surveillance trade starts well after this. */
  public static final int MIN_YEAR = 1945;

  /** Contracts can state end years in the future; beyond this a year is a typo. */
  public static final int MAX_YEAR_AHEAD = 30;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");
  private static final Pattern SOURCE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final Countries countries;
  private final int maxYear;

  public RecordRules(Countries countries) {
    this(countries, Year.now().getValue() + MAX_YEAR_AHEAD);
  }

  RecordRules(Countries countries, int maxYear) {
    this.countries = countries;
    this.maxYear = maxYear;
  }

  public List<Violation> check(Transfer t) {
    List<Violation> out = new ArrayList<>();
    checkId(t.id(), out);
    if (t.recipientCountry() == null) {
      out.add(new Violation("recipient_country", "is required"));
    } else if (!countries.isKnownCode(t.recipientCountry())) {
      out.add(unknownCountry("recipient_country", t.recipientCountry()));
    }
    if (t.supplierCountry() != null && !countries.isKnownCode(t.supplierCountry())) {
      out.add(unknownCountry("supplier_country", t.supplierCountry()));
    }
    if (t.supplierOrgs().isEmpty() && t.supplierCountry() == null) {
      out.add(new Violation("supplier", "a supplier organization or supplier country is required"));
    }
    t.supplierOrgs().stream()
        .filter(o -> o.name() == null || o.name().isBlank())
        .findFirst()
        .ifPresent(o -> out.add(new Violation("supplier", "organization name is blank")));
    if (t.technologies().isEmpty()) {
      out.add(new Violation("technologies", "at least one technology category is required"));
    }
    if (t.status() == null) {
      out.add(new Violation("status", "is required"));
    }
    checkYear("year_start", t.yearStart(), out);
    checkYear("year_end", t.yearEnd(), out);
    if (t.yearStart() != null && t.yearEnd() != null && t.yearEnd() < t.yearStart()) {
      out.add(
          new Violation("year_end", "is " + t.yearEnd() + ", before year_start " + t.yearStart()));
    }
    if (t.value() != null) {
      checkAmount("value_amount", t.value().amount(), out);
      checkCurrency("value_currency", t.value().currency(), out);
    }
    Financing f = t.financing();
    if (f != null) {
      if (f.amount() != null) {
        checkAmount("financing_amount", f.amount(), out);
        checkCurrency("financing_currency", f.currency(), out);
      } else if (f.currency() != null) {
        out.add(new Violation("financing_amount", "a currency is given without an amount"));
      }
      if (f.lender() == null && f.amount() == null) {
        out.add(new Violation("financing", "needs a lender or an amount"));
      }
    }
    for (int i = 0; i < t.sources().size(); i++) {
      checkSource(i, t.sources().get(i), out);
    }
    if (t.isPublished() && t.sources().stream().noneMatch(s -> s.url() != null)) {
      out.add(new Violation("source_url", "a published record needs at least one source URL"));
    }
    return out;
  }

  public List<Violation> check(Organization o) {
    List<Violation> out = new ArrayList<>();
    checkId(o.id(), out);
    if (o.name() == null || o.name().isBlank()) {
      out.add(new Violation("name", "is required"));
    }
    if (o.kind() == null) {
      out.add(new Violation("kind", "is required"));
    }
    if (o.country() != null && !countries.isKnownCode(o.country())) {
      out.add(unknownCountry("country", o.country()));
    }
    if (o.sourceUrl() != null && !isWebUrl(o.sourceUrl())) {
      out.add(new Violation("source_url", "is not an http(s) URL: " + o.sourceUrl()));
    }
    return out;
  }

  private void checkId(String id, List<Violation> out) {
    if (id == null || id.isBlank()) {
      out.add(new Violation("id", "is required"));
    } else if (!ID.matcher(id).matches()) {
      out.add(new Violation("id", "must be 1-64 letters, digits or . _ : - (got \"" + id + "\")"));
    }
  }

  private Violation unknownCountry(String field, String code) {
    return new Violation(field, "unknown ISO 3166-1 alpha-2 country code \"" + code + "\"");
  }

  private void checkYear(String field, Integer year, List<Violation> out) {
    if (year != null && (year < MIN_YEAR || year > maxYear)) {
      out.add(
          new Violation(field, "year " + year + " is out of range " + MIN_YEAR + "-" + maxYear));
    }
  }

  private static void checkAmount(String field, BigDecimal amount, List<Violation> out) {
    if (amount.signum() < 0) {
      out.add(new Violation(field, "must not be negative (got " + amount.toPlainString() + ")"));
    }
  }

  private static void checkCurrency(String field, String currency, List<Violation> out) {
    if (currency == null) {
      out.add(new Violation(field, "is required when an amount is given"));
    } else if (!CurrencyCodes.isIso4217(currency)) {
      out.add(
          new Violation(field, "must be an ISO 4217 code such as USD (got \"" + currency + "\")"));
    }
  }

  private static void checkSource(int index, Source s, List<Violation> out) {
    String prefix = index == 0 ? "source" : "source[" + index + "]";
    if (s.url() != null && !isWebUrl(s.url())) {
      out.add(new Violation(prefix + "_url", "is not an http(s) URL: " + s.url()));
    }
    if (s.date() != null && !isPartialDate(s.date())) {
      out.add(
          new Violation(
              prefix + "_date", "must be YYYY-MM-DD, YYYY-MM or YYYY (got \"" + s.date() + "\")"));
    }
    if (s.url() == null && s.evidence() == null && s.publisher() == null) {
      out.add(new Violation(prefix, "is empty"));
    }
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
  static boolean isPartialDate(String date) {
    if (!SOURCE_DATE.matcher(date).matches()) {
      return false;
    }
    try {
      switch (date.length()) {
        case 4 -> java.time.Year.parse(date);
        case 7 -> java.time.YearMonth.parse(date);
        default -> java.time.LocalDate.parse(date);
      }
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
