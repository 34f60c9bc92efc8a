package org.sightline.core.extract.assemble;

import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.MoneyParser;

/**
 * "Fornecedora: SP Security … Eireli. … no valor total de R$ 2.299.846,00": a Spanish, French or
 * Portuguese procurement text often names no country at all, only a town and the money. When every
 * amount is in one country's own currency (its ISO code begins with the country's: BRL, MXN, CAD),
 * that country is what the document is about. Shared, regional or trading currencies (euro, CFA
 * francs, US dollars, the X… codes) name no single country.
 */
final class CurrencyCountry {
  private CurrencyCountry() {}

  /** The country of a text that names none, read from its money; null when it names one. */
  static String ofCountrylessText(String norm, Mentions m) {
    if (m.language() == Language.EN) {
      return null;
    }
    for (int i = 0; i < m.entityCount; i++) {
      if (m.entities[i].kind().isCountry()) {
        return null;
      }
    }
    String found = null;
    for (MoneyParser.Amount a :
        MoneyParser.find(norm, 0, norm.length(), m.language().decimalComma())) {
      String c = a.currency();
      if (c == null || c.length() != 3 || c.startsWith("X") || c.equals("EUR") || c.equals("USD")) {
        return null;
      }
      String country = c.substring(0, 2);
      if (found != null && !found.equals(country)) {
        return null;
      }
      found = country;
    }
    return found;
  }
}
