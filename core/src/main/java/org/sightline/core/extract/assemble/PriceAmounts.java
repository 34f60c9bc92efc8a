package org.sightline.core.extract.assemble;

import java.util.List;
import java.util.regex.Pattern;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.model.Money;

/**
 * The price a deal's own sentence gives with a preposition of price and no value word near it:
 * "sold it for over 11 million euros", "cédé pour quelque 2 millions de dollars", "adjudicado por
 * 4,4 millones de dólares", "comprada por R$ 5,7 milhões". {@link MoneyAttribution} reads an amount
 * as a value by the nearest value or deal word, and leaves such an amount unread when the word
 * stands far from it. Read after merging, for a deal with no value: fields only, a candidate's
 * confidence is never touched.
 */
final class PriceAmounts {
  /** What is written right before an amount that is a price, up to the amount. */
  private static final Pattern PRICE_BEFORE =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:for|worth|valued at|at a cost of|costing|por|por valor de"
              + "|por un (?:monto|valor) de|pour|d'un montant de|d'une valeur de|d'un coût de"
              + "|no valor de|pelo valor de|ao custo de)"
              + " (?:(?:over|more than|about|some|nearly|almost|around|roughly|plus de|quelque"
              + "|environ|près de|más de|unos|cerca de|casi|mais de|quase|aproximadamente) )?$");

  private static final int LOOK_BACK = 40;

  private PriceAmounts() {}

  static void lend(List<Draft> drafts, List<Facts> facts, String norm, Mentions m) {
    for (Draft d : drafts) {
      if (d.value != null || d.recipient == null) {
        continue;
      }
      for (Facts f : facts) {
        if (ownSentence(d, f)) {
          d.value = price(d, f, norm, m);
          if (d.value != null) {
            break;
          }
        }
      }
    }
  }

  private static boolean ownSentence(Draft d, Facts f) {
    for (int[] s : d.spans) {
      if (s[0] == f.start && s[1] == f.end) {
        return true;
      }
    }
    return false;
  }

  /** The sentence's first amount a preposition of price opens, not the deal's loan; or null. */
  private static Money price(Draft d, Facts f, String norm, Mentions m) {
    for (MoneyParser.Amount found : f.amounts(norm, m.language().decimalComma())) {
      MoneyParser.Amount a = MoneyAttribution.inLocalCurrency(found, norm, d.recipient, m);
      String before = norm.substring(Math.max(f.start, a.start() - LOOK_BACK), a.start());
      boolean loan =
          d.financing != null
              && d.financing.amount() != null
              && d.financing.amount().compareTo(a.amount()) == 0;
      if (!loan && PRICE_BEFORE.matcher(before).find()) {
        return new Money(a.amount(), a.currency());
      }
    }
    return null;
  }
}
