package org.sightline.core.extract.assemble;

import java.util.Locale;
import java.util.Map;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.extract.lexicon.Entity;

/**
 * "Korea Eximbank", "China's Export-Import Bank", "the Chinese Exim Bank": an export-import bank
 * named by the generic phrase with its country written just before it is that country's bank, by
 * the name the register gives the country's export-import lender.
 */
final class ExportCreditBanks {
  private ExportCreditBanks() {}

  /**
   * The name of the lender entity at {@code m}'s index {@code k}, made the bank of the country
   * written right before it when the entity names no country's bank.
   */
  static String name(Mentions m, int k, String norm) {
    Entity lender = m.entities[k];
    if (lender.country() != null || !isExportImport(lender.name())) {
      return lender.name();
    }
    int start = m.entityStart[k];
    for (int j = k - 1; j >= 0 && m.entityEnd[j] + 4 >= start; j--) {
      if (!m.entities[j].kind().isCountry() || m.entityEnd[j] > start) {
        continue;
      }
      String between = norm.substring(m.entityEnd[j], start);
      if (between.equals(" ")
          || between.equals("'s ")
          || between.equals("\u2019s ")
          || between.equals(" de ")) {
        String bank = m.exportImportBanks.get(m.entities[j].country());
        if (bank != null) {
          return bank;
        }
      }
    }
    String bank = m.exportImportBanks.get(String.valueOf(countryWrittenBefore(norm, start)));
    return bank == null ? lender.name() : bank;
  }

  /** "Korea Eximbank", "China's Exim Bank": a country's name (or possessive) right before. */
  private static String countryWrittenBefore(String norm, int start) {
    int e = start;
    if (e < 1 || norm.charAt(e - 1) != ' ') {
      return null;
    }
    e--;
    if (e >= 2 && (norm.startsWith("'s", e - 2) || norm.startsWith("\u2019s", e - 2))) {
      e -= 2;
    }
    int s1 = e;
    while (s1 > 0 && Character.isLetter(norm.charAt(s1 - 1))) {
      s1--;
    }
    if (s1 == e) {
      return null;
    }
    Countries countries = Countries.bundled();
    java.util.Optional<Country> one = countries.byName(norm.substring(s1, e));
    if (one.isPresent()) {
      return one.get().code();
    }
    int s2 = s1 - 1;
    while (s2 > 0 && Character.isLetter(norm.charAt(s2 - 1))) {
      s2--;
    }
    return s2 < s1 - 1 && norm.charAt(s1 - 1) == ' '
        ? countries.byName(norm.substring(s2, e)).map(Country::code).orElse(null)
        : null;
  }

  /** The country of a bank {@link #name} returned, or null. */
  static String countryOf(String bank, Mentions m) {
    for (Map.Entry<String, String> e : m.exportImportBanks.entrySet()) {
      if (e.getValue().equals(bank)) {
        return e.getKey();
      }
    }
    return null;
  }

  static boolean isExportImport(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
    return n.contains("exim") || n.contains("export-import");
  }
}
