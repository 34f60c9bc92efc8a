package org.sightline.core.extract.assemble;

import java.util.Locale;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.CurrencyNames;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;

/**
 * Which amounts of a sentence are a draft's contract value and which its financing (and by whom),
 * by the nearest value or financing word, and in which currency when the text uses a name several
 * countries share.
 */
final class MoneyAttribution {
  private static final CurrencyNames CURRENCIES = CurrencyNames.bundled();
  private static final int NEITHER = 0;
  private static final int FINANCING = 1;
  private static final int VALUE = 2;

  private MoneyAttribution() {}

  /** Sets the draft's value and financing from sentence {@code f} where it has none yet. */
  static void addTo(Draft d, Facts f, String norm, Mentions m) {
    addTo(d, f, norm, m, false);
  }

  /**
   * As above; reading a document's loans ({@code loans}), an amount with a lender beside it and no
   * value word near is the loan too ("the government obtained 33.4 billion CFA francs from China
   * Exim Bank").
   */
  static void addTo(Draft d, Facts f, String norm, Mentions m, boolean loans) {
    // The sentence's amounts are read once, whichever of its drafts asks first.
    for (MoneyParser.Amount found : f.amounts(norm, m.language().decimalComma())) {
      MoneyParser.Amount a = inLocalCurrency(found, norm, d.recipient);
      int kind = kind(a, f, m);
      if (loans && kind == NEITHER && nearestLender(a, f, m) < 40) {
        kind = FINANCING;
      }
      if (kind == FINANCING && d.financing == null) {
        d.financing = new Financing(lender(f, norm, m), a.amount(), a.currency());
        d.x[Features.MONEY] = 1;
      } else if (kind == VALUE && d.value == null) {
        d.value = new Money(a.amount(), a.currency());
        d.x[Features.MONEY] = 1;
      }
    }
    if (d.financing == null && f.finWord) {
      String lender = f.lenders.isEmpty() ? lendingCountry(f, norm, m) : firstLender(f, norm, m);
      if (lender != null) {
        d.financing = new Financing(lender, null, null);
      }
    }
  }

  /** The first lender the sentence names, as {@link ExportCreditBanks} names it. */
  static String firstLender(Facts f, String norm, Mentions m) {
    for (int k = 0; k < m.entityCount; k++) {
      if (m.entities[k].kind() == Entity.Kind.LENDER
          && m.entityStart[k] >= f.start
          && m.entityStart[k] < f.end) {
        return ExportCreditBanks.name(m, k, norm);
      }
    }
    return f.lenders.get(0).name();
  }

  /**
   * The country whose adjective is written right beside a loan word: "a Chinese credit line", "una
   * línea de crédito china", "un prêt chinois", "uma linha de crédito chinesa".
   */
  private static String lendingCountry(Facts f, String norm, Mentions m) {
    for (int i = f.termFrom; i < f.termTo; i++) {
      if (!m.terms[i].has(Term.F_FIN)) {
        continue;
      }
      for (CountryGroup g : f.groups) {
        if (g.entities.size() == 1
            && g.entities.get(0).kind() == Entity.Kind.COUNTRY_DEMONYM
            && (onlySpaces(norm, m.termEnd[i], g.start)
                || onlySpaces(norm, g.end, m.termStart[i]))) {
          return g.entities.get(0).name();
        }
      }
    }
    return null;
  }

  private static boolean onlySpaces(String norm, int from, int to) {
    if (from >= to || to - from > 2) {
      return false;
    }
    return norm.substring(from, to).isBlank();
  }

  /**
   * The lender the sentence names, or the country whose adjective qualifies the loan word, or the
   * supplier-side country money came "from" or "by".
   */
  private static String lender(Facts f, String norm, Mentions m) {
    if (!f.lenders.isEmpty()) {
      return firstLender(f, norm, m);
    }
    String adjective = lendingCountry(f, norm, m);
    if (adjective != null) {
      return adjective;
    }
    String lender = null;
    for (CountryGroup g : f.groups) {
      if (g.role == CountryGroup.SUPPLIER
          && (g.prevWord.equals("from") || g.prevWord.equals("by"))) {
        lender = g.entities.get(0).name();
      }
    }
    return lender;
  }

  /**
   * "12 billion rupees" in a story about Pakistan is in Pakistani rupees: an amount written with a
   * currency name several countries share ("rupees", "Rs", "shillings", "francs", "pesos"), and no
   * country before it, is in the recipient's currency when the recipient uses one of that name. A
   * CFA franc is the recipient's zone's (XOF in West Africa, XAF in Central Africa).
   */
  private static MoneyParser.Amount inLocalCurrency(
      MoneyParser.Amount a, String norm, String recipient) {
    String written = norm.substring(a.start(), a.end()).toLowerCase(Locale.ROOT);
    String cfa = cfaZone(a.currency(), recipient);
    if (cfa != null) {
      return new MoneyParser.Amount(a.amount(), cfa, a.start(), a.end());
    }
    String local = CURRENCIES.localCode(written, recipient);
    return local == null ? a : new MoneyParser.Amount(a.amount(), local, a.start(), a.end());
  }

  // The West African (XOF) and Central African (XAF) CFA francs, both written "CFA francs" and
  // "francs CFA": the recipient's zone says which.
  private static final java.util.Set<String> XOF_ZONE =
      java.util.Set.of("BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG");
  private static final java.util.Set<String> XAF_ZONE =
      java.util.Set.of("CM", "CF", "TD", "CG", "GQ", "GA");

  /** The recipient's CFA franc for an amount read as the other one, else null. */
  private static String cfaZone(String currency, String recipient) {
    if ("XAF".equals(currency) && XOF_ZONE.contains(recipient)) {
      return "XOF";
    }
    if ("XOF".equals(currency) && XAF_ZONE.contains(recipient)) {
      return "XAF";
    }
    return null;
  }

  /** FINANCING, VALUE or NEITHER (a valuation, a market size), by the nearest telling word. */
  private static int kind(MoneyParser.Amount a, Facts f, Mentions m) {
    int nearestFin = Integer.MAX_VALUE;
    int nearestVal = Integer.MAX_VALUE;
    int nearestNoval = Integer.MAX_VALUE;
    for (int i = f.termFrom; i < f.termTo; i++) {
      Term t = m.terms[i];
      int dist = distance(a, m.termStart[i], m.termEnd[i]);
      if (t.has(Term.F_FIN)) {
        nearestFin = Math.min(nearestFin, dist);
      }
      if (t.has(Term.F_VAL) || t.cue() >= 3) {
        nearestVal = Math.min(nearestVal, dist);
      }
      if (t.has(Term.F_NOVAL)) {
        nearestNoval = Math.min(nearestNoval, dist);
      }
    }
    if (nearestNoval < 30 && nearestNoval <= Math.min(nearestFin, nearestVal)) {
      return NEITHER;
    }
    if (nearestFin < 40 && nearestFin <= nearestVal) {
      return FINANCING;
    }
    if (nearestVal < 60 || f.cue >= 2) {
      return nearestLender(a, f, m) < Math.min(40, nearestVal + 1) ? FINANCING : VALUE;
    }
    return NEITHER;
  }

  /**
   * How far the nearest lender the sentence names is from the amount: a deal's amount with the
   * lender beside it is the loan ("obtained 33.4 billion CFA francs from China Exim Bank", "US$20.9
   * million came from the China Exim Bank loan").
   */
  private static int nearestLender(MoneyParser.Amount a, Facts f, Mentions m) {
    int nearest = Integer.MAX_VALUE;
    for (int i = 0; i < m.entityCount && !f.lenders.isEmpty(); i++) {
      if (m.entities[i].kind() == Entity.Kind.LENDER
          && m.entityStart[i] >= f.start
          && m.entityStart[i] < f.end) {
        nearest = Math.min(nearest, distance(a, m.entityStart[i], m.entityEnd[i]));
      }
    }
    return nearest;
  }

  /** Characters between an amount and the span {@code [start, end)}, 0 when they overlap. */
  private static int distance(MoneyParser.Amount a, int start, int end) {
    return start >= a.end() ? start - a.end() : end <= a.start() ? a.start() - end : 0;
  }
}
