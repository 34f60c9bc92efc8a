package org.sightline.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/**
 * Field keys of record snapshots ({@code supplier_orgs[1].id}, {@code value.amount}) and their
 * values as a reviewer reads them: "Supplier 1: register id", "Contract value: amount", technology
 * and status names in words instead of keys.
 */
public final class FieldLabels {
  private FieldLabels() {}

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("supplier_orgs", "Supplier"),
          Map.entry("supplier_country", "Supplier country"),
          Map.entry("recipient_country", "Recipient country"),
          Map.entry("end_user", "End user (agency)"),
          Map.entry("technologies", "Technologies"),
          Map.entry("status", "Status"),
          Map.entry("year_start", "First year"),
          Map.entry("year_end", "Last year"),
          Map.entry("value", "Contract value"),
          Map.entry("financing", "Financing"),
          Map.entry("summary", "Summary"),
          Map.entry("sources", "Source"),
          Map.entry("name", "name"),
          Map.entry("id", "register id"),
          Map.entry("aliases", "other names"),
          Map.entry("amount", "amount"),
          Map.entry("currency", "currency"),
          Map.entry("lender", "lender"),
          Map.entry("url", "address (URL)"),
          Map.entry("publisher", "publisher or title"),
          Map.entry("date", "date"),
          Map.entry("evidence", "evidence quote"),
          Map.entry("kind", "kind"),
          Map.entry("country", "country"),
          Map.entry("parent", "parent organization"),
          Map.entry("note", "note"),
          Map.entry("source_url", "source address (URL)"));

  /** Fields holding a country code: a transfer's two countries and an organization's. */
  private static final Pattern COUNTRY_FIELD =
      Pattern.compile("(?:^|\\.)(?:supplier_country|recipient_country|country)$");

  private static final Pattern PART = Pattern.compile("([a-z_]+)(?:\\[(\\d+)\\])?");

  /** "sources[2].evidence" → "Source 2: evidence quote"; unknown keys are shown as they are. */
  public static String label(String field) {
    List<String> words = new ArrayList<>();
    for (String part : field.split("\\.")) {
      Matcher m = PART.matcher(part);
      if (!m.matches() || !FIELDS.containsKey(m.group(1))) {
        return field;
      }
      String word = FIELDS.get(m.group(1));
      words.add(m.group(2) == null ? word : word + " " + m.group(2));
    }
    String joined = String.join(": ", words);
    return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
  }

  /**
   * A country code as a reader knows it, with the code kept for those who search by it: "Kenya
   * (KE)"; a code the gazetteer does not know stays as it is.
   */
  public static String country(String code) {
    if (code == null) {
      return null;
    }
    String name = Countries.bundled().nameOf(code);
    return name.equals(code) ? code : name + " (" + code + ")";
  }

  /** A value in words: technology and status keys become their names, country codes names. */
  public static String value(String field, String value) {
    if (value == null) {
      return null;
    }
    if (COUNTRY_FIELD.matcher(field).find()) {
      return country(value);
    }
    if (field.equals("technologies")) {
      List<String> names = new ArrayList<>();
      for (String key : value.split(", ")) {
        names.add(TechnologyCategory.fromKey(key).map(TechnologyCategory::label).orElse(key));
      }
      return String.join(", ", names);
    }
    if (field.equals("status")) {
      return TransferStatus.fromKey(value)
          .map(s -> s.key().substring(0, 1).toUpperCase(Locale.ROOT) + s.key().substring(1))
          .orElse(value);
    }
    return value;
  }
}
