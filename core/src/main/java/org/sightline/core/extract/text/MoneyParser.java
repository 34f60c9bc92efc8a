package org.sightline.core.extract.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds amounts of money in a span of text and normalises them to units of an ISO 4217 currency:
 * "$240 million", "US$1.2bn", "240m USD", "€30 million", "PLN 25 million", "KES 1.5 billion", "2.4
 * billion yuan", "Sh2bn". A number without a currency is not money ("3,000 employees"). Runs by
 * hand over characters, triggered only at digits; the currency names come from {@link
 * CurrencyNames}.
 */
public final class MoneyParser {
  /** An amount found at [start, end) of the text. */
  public record Amount(BigDecimal amount, String currency, int start, int end) {}

  private static final CurrencyNames CURRENCIES = CurrencyNames.bundled();

  private MoneyParser() {}

  /** All amounts in text[from, to), numbers written as in English ("1,200.5"). */
  public static List<Amount> find(String text, int from, int to) {
    return find(text, from, to, false);
  }

  /**
   * All amounts in text[from, to). With {@code decimalComma} numbers are read as Spanish, French
   * and Portuguese write them ("1.200,5", "4,4 millones", "US$ 22.011.796"), and so are their
   * scales and currency names ("8 millones de euros", "1,6 milliard", "R$ 665 milhões").
   */
  public static List<Amount> find(String text, int from, int to, boolean decimalComma) {
    List<Amount> found = null;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isDigit(c) || (i > from && isNumberChar(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int numStart = i;
      int j = i;
      while (j < to
          && (Character.isDigit(text.charAt(j))
              || ((text.charAt(j) == ',' || text.charAt(j) == '.')
                  && j + 1 < to
                  && Character.isDigit(text.charAt(j + 1))))) {
        j++;
      }
      int numEnd = j;
      Amount a = parseAround(text, from, to, numStart, numEnd, decimalComma);
      if (a != null) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(a);
        i = Math.max(a.end(), numEnd);
      } else {
        i = numEnd;
      }
    }
    return found == null ? List.of() : found;
  }

  private static boolean isNumberChar(char c) {
    return Character.isDigit(c) || c == '.' || c == ',';
  }

  /** A currency written at [start, end) beside a number. */
  private record Written(String code, int start, int end) {}

  private static Amount parseAround(
      String text, int from, int to, int numStart, int numEnd, boolean decimalComma) {
    String digits = text.substring(numStart, numEnd);
    BigDecimal number = decimalComma ? parseDecimalComma(digits) : parseNumber(digits);
    if (number == null) {
      return null;
    }
    Written prefix = prefix(text, from, numStart);
    // Scale after the number, attached ("240m", "1.2bn") or not ("240 million").
    int w = numEnd;
    if (w < to && text.charAt(w) == ' ') {
      w++;
    }
    String word = wordAt(text, w, to);
    BigDecimal scale = scaleOf(word.toLowerCase(Locale.ROOT));
    int afterScale = scale == null ? numEnd : w + word.length();
    if (decimalComma && scale == null) {
      scale = foreignScaleOf(word.toLowerCase(Locale.ROOT));
      afterScale = scale == null ? numEnd : w + word.length();
      // "200 mil euros", "1.200 mil millones": "mil" before "millones" makes thousands of millions
      String next =
          afterScale < to && text.charAt(afterScale) == ' ' ? wordAt(text, afterScale + 1, to) : "";
      BigDecimal nextScale = foreignScaleOf(next.toLowerCase(Locale.ROOT));
      if (scale != null
          && scale.intValue() == 1_000
          && nextScale != null
          && nextScale.intValue() == 1_000_000) {
        scale = BigDecimal.valueOf(1_000_000_000L);
        afterScale += 1 + next.length();
      }
    }
    Written suffix = suffix(text, to, decimalComma ? afterOf(text, to, afterScale) : afterScale);
    String prefixCode = prefix == null ? null : prefix.code();
    int start = prefix == null ? numStart : prefix.start();
    if (prefix == null
        && suffix == null
        && isRandPrefix(text, from, numStart)
        && (scale != null || text.substring(numStart, numEnd).contains(","))) {
      prefixCode = "ZAR"; // "R1.2bn", "R250,000": a bare R is rand only before a scaled amount
      start = numStart - 1;
    }
    String code = prefixCode != null ? prefixCode : suffix == null ? null : suffix.code();
    if (code == null) {
      return null;
    }
    int end = suffix == null ? afterScale : suffix.end();
    BigDecimal units = scale == null ? number : number.multiply(scale);
    return new Amount(units.stripTrailingZeros(), code, start, end);
  }

  /** A symbol or code right before the number, possibly with one space ("PLN 25", "$240"). */
  private static Written prefix(String text, int from, int numStart) {
    int p = numStart;
    if (p > from && text.charAt(p - 1) == ' ') {
      p--;
    }
    int q = p;
    while (q > from
        && q > p - 4
        && !Character.isWhitespace(text.charAt(q - 1))
        && !Character.isDigit(text.charAt(q - 1))
        && text.charAt(q - 1) != '(') {
      q--;
    }
    for (int s = q; s < p; s++) {
      String cand = text.substring(s, p).toLowerCase(Locale.ROOT);
      String code = CURRENCIES.before(cand);
      boolean boundary = s == from || !Character.isLetter(text.charAt(s - 1));
      // Letter codes must stand alone ("PLN 25"); symbols may touch the number ("$240").
      if (code != null && (boundary || !Character.isLetter(cand.charAt(0)))) {
        if (Character.isLetter(cand.charAt(cand.length() - 1))
            && p == numStart
            && cand.length() > 2
            && !cand.equals("ksh")) {
          continue; // "USD240" without a space is rare; "Sh2bn"/"Ksh2bn" are fine
        }
        return new Written(code, s, p);
      }
    }
    return null;
  }

  /** A currency name after the number and its scale: one word or two ("Kenyan shillings"). */
  private static Written suffix(String text, int to, int afterScale) {
    int s2 = afterScale;
    if (s2 < to && text.charAt(s2) == ' ') {
      s2++;
    }
    String w1 = wordAt(text, s2, to);
    if (w1.isEmpty()) {
      return null;
    }
    String lw1 = w1.toLowerCase(Locale.ROOT);
    int w2Start = s2 + w1.length() + 1;
    String w2 =
        w2Start < to && s2 + w1.length() < to && text.charAt(s2 + w1.length()) == ' '
            ? wordAt(text, w2Start, to)
            : "";
    String twoCode =
        w2.isEmpty() ? null : CURRENCIES.after(lw1 + " " + w2.toLowerCase(Locale.ROOT));
    if (twoCode != null) {
      return new Written(twoCode, s2, w2Start + w2.length());
    }
    String oneCode = CURRENCIES.after(lw1);
    // A short name counts only in capitals: "240m USD", not "the usd".
    if (oneCode != null && (lw1.length() > 3 || w1.equals(w1.toUpperCase(Locale.ROOT)))) {
      return new Written(oneCode, s2, s2 + w1.length());
    }
    return null;
  }

  private static boolean isRandPrefix(String text, int from, int numStart) {
    return numStart > from
        && text.charAt(numStart - 1) == 'R'
        && (numStart - 1 == from || !Character.isLetterOrDigit(text.charAt(numStart - 2)));
  }

  private static String wordAt(String text, int i, int to) {
    int j = i;
    while (j < to && (Character.isLetter(text.charAt(j)))) {
      j++;
    }
    return text.substring(i, j);
  }

  private static BigDecimal scaleOf(String w) {
    return switch (w) {
      case "thousand", "k" -> BigDecimal.valueOf(1_000L);
      case "million", "millions", "mn", "m", "mln" -> BigDecimal.valueOf(1_000_000L);
      case "billion", "billions", "bn", "b", "bln" -> BigDecimal.valueOf(1_000_000_000L);
      case "crore", "crores", "cr" -> BigDecimal.valueOf(10_000_000L); // South Asian 10^7
      case "lakh", "lakhs" -> BigDecimal.valueOf(100_000L);
      case "trillion", "tn" -> BigDecimal.valueOf(1_000_000_000_000L);
      default -> null;
    };
  }

  /** Past "de" or "d'" after a scale: "8 millones de euros", "20 millions d'euros". */
  private static int afterOf(String text, int to, int afterScale) {
    int i = afterScale < to && text.charAt(afterScale) == ' ' ? afterScale + 1 : afterScale;
    String w = wordAt(text, i, to).toLowerCase(Locale.ROOT);
    if (w.equals("de")) {
      return i + 2;
    }
    if (w.equals("d") && i + 1 < to && text.charAt(i + 1) == '\'') {
      return i + 2;
    }
    return afterScale;
  }

  private static BigDecimal foreignScaleOf(String w) {
    return switch (w) {
      case "mil" -> BigDecimal.valueOf(1_000L);
      case "millón", "millones", "million", "millions", "milhão", "milhões", "mdd", "mdp" ->
          BigDecimal.valueOf(1_000_000L);
      case "milliard", "milliards", "bilhão", "bilhões", "bilión" ->
          BigDecimal.valueOf(1_000_000_000L);
      default -> null;
    };
  }

  /**
   * "1.200" and "22.011.796" (dots between groups of three digits), "4,4" and "1.200,5" (a decimal
   * comma); a dot before fewer or more than three digits is a decimal point ("39.5 millones").
   */
  static BigDecimal parseDecimalComma(String s) {
    String[] groups = s.split("\\.", -1); // a one-character split: no pattern compiled
    boolean thousandsDots = groups.length > 1;
    for (int i = 1; i < groups.length; i++) {
      String g = groups[i];
      int comma = g.indexOf(',');
      if ((comma < 0 ? g.length() : comma) != 3) {
        thousandsDots = false;
      }
    }
    String cleaned;
    if (thousandsDots) {
      cleaned = s.replace(".", "").replace(',', '.');
    } else if (s.indexOf(',') != s.lastIndexOf(',')) {
      cleaned = s.replace(",", ""); // "1,200,000" written the English way
    } else {
      cleaned = s.indexOf('.') >= 0 ? s.replace(",", "") : s.replace(',', '.');
    }
    try {
      return new BigDecimal(cleaned);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static BigDecimal parseNumber(String s) {
    // "1,200,000" uses commas as thousands separators; "1.5" is a decimal.
    String cleaned = s.replace(",", "");
    try {
      return new BigDecimal(cleaned);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
