package org.sightline.core.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.schema.Checks;

/**
 * The one table of currency names, {@code currencies.tsv}: the written forms before and after a
 * number that {@link MoneyParser} reads as a currency, and the names several countries share
 * ("rupees", "Rs", "shillings", "francs", "pesos") that the assembler reads as the recipient's
 * currency. Every code is an ISO 4217 code; the table refuses to load otherwise.
 */
public final class CurrencyNames {
  private static final CurrencyNames BUNDLED =
      parse(BundledTsv.rows("/org/sightline/core/extract/currencies.tsv"));

  private final Map<String, String> before;
  private final Map<String, String> after;
  private final List<SharedName> shared;
  private final List<String> countryWords;

  /** A name several countries use, how a written amount shows it, and each country's currency. */
  private record SharedName(
      List<String> containing, List<String> startingWith, Map<String, String> codeByCountry) {
    boolean writtenIn(String written) {
      for (String s : containing) {
        if (written.contains(s)) {
          return true;
        }
      }
      for (String s : startingWith) {
        if (written.startsWith(s)) {
          return true;
        }
      }
      return false;
    }
  }

  private CurrencyNames(
      Map<String, String> before,
      Map<String, String> after,
      List<SharedName> shared,
      List<String> countryWords) {
    this.before = before;
    this.after = after;
    this.shared = shared;
    this.countryWords = countryWords;
  }

  public static CurrencyNames bundled() {
    return BUNDLED;
  }

  /** The code of a lower-case form written before a number ("us$", "pln"), or null. */
  public String before(String form) {
    return before.get(form);
  }

  /** The code of a lower-case form written after a number ("yuan", "kenyan shillings"), or null. */
  public String after(String form) {
    return after.get(form);
  }

  /**
   * The recipient's currency when an amount (its written text, lower case) uses a name several
   * countries share and no word saying whose it is ("12 billion rupees", not "Indian rupees"); null
   * when that does not apply or the recipient uses another currency.
   */
  public String localCode(String written, String recipient) {
    SharedName name = null;
    for (SharedName s : shared) {
      if (s.writtenIn(written)) {
        name = s;
        break;
      }
    }
    for (String word : countryWords) {
      if (written.contains(word)) {
        return null; // "Kenyan shillings", "Swiss francs", "CFA francs": the text says which
      }
    }
    return name == null || recipient == null ? null : name.codeByCountry().get(recipient);
  }

  static CurrencyNames parse(List<String[]> rows) {
    Map<String, String> before = new HashMap<>();
    Map<String, String> after = new HashMap<>();
    List<SharedName> shared = new ArrayList<>();
    List<String> countryWords = new ArrayList<>();
    for (String[] row : rows) {
      switch (row[0]) {
        case "currency" -> {
          String code = iso(row, 1);
          field(row, 3);
          addForms(before, row[2], code);
          addForms(after, row[3], code);
        }
        case "shared" -> shared.add(sharedName(row));
        case "country-words" -> countryWords.addAll(list(field(row, 1)));
        default -> throw bad(row, "unknown row kind " + row[0]);
      }
    }
    return new CurrencyNames(
        Map.copyOf(before), Map.copyOf(after), List.copyOf(shared), countryWords);
  }

  private static SharedName sharedName(String[] row) {
    List<String> containing = new ArrayList<>();
    List<String> startingWith = new ArrayList<>();
    for (String marker : list(field(row, 2))) {
      if (marker.length() > 2 && marker.startsWith("*") && marker.endsWith("*")) {
        containing.add(marker.substring(1, marker.length() - 1));
      } else if (marker.length() > 1 && marker.endsWith("*")) {
        startingWith.add(marker.substring(0, marker.length() - 1));
      } else {
        throw bad(row, "a shared name is shown by *contains* or starts* markers, got " + marker);
      }
    }
    Map<String, String> byCountry = new LinkedHashMap<>();
    for (String pair : list(field(row, 3))) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2 || !kv[0].matches("[A-Z]{2}")) {
        throw bad(row, "expected COUNTRY=CODE, got " + pair);
      }
      byCountry.put(kv[0], iso(kv[1], row));
    }
    return new SharedName(
        List.copyOf(containing), List.copyOf(startingWith), Map.copyOf(byCountry));
  }

  private static void addForms(Map<String, String> into, String forms, String code) {
    if (forms.equals("-")) {
      return;
    }
    for (String form : list(forms)) {
      String old = into.put(form, code);
      if (old != null) {
        throw new IllegalStateException(
            "currencies.tsv: \"" + form + "\" is listed for both " + old + " and " + code);
      }
    }
  }

  private static List<String> list(String field) {
    return List.of(field.split(", "));
  }

  private static String field(String[] row, int i) {
    if (row.length <= i || row[i].isEmpty()) {
      throw bad(row, "column " + (i + 1) + " is missing");
    }
    return row[i];
  }

  private static String iso(String[] row, int i) {
    return iso(field(row, i), row);
  }

  private static String iso(String code, String[] row) {
    if (!Checks.isCurrency(code)) {
      throw bad(row, code + " is not an ISO 4217 currency code");
    }
    return code;
  }

  private static IllegalStateException bad(String[] row, String why) {
    return new IllegalStateException("currencies.tsv: " + why + ": " + String.join("\t", row));
  }
}
