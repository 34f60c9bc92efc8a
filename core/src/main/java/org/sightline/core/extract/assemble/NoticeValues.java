package org.sightline.core.extract.assemble;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.model.Money;

/**
 * A notice's value line ("Valor global: R$ 122,9 milhões.", "Montant : 35 milliards de francs CFA",
 * "Contract value: $2.1 million"): when a document has exactly one line that a value label opens,
 * its first amount is the value of the document's deal that states none in its own sentences, if
 * only one deal lacks a value (with two, the line may be either's). Fields only: a candidate's
 * confidence is never touched.
 */
final class NoticeValues {
  private NoticeValues() {}

  static void lend(List<Draft> drafts, String norm, Mentions m) {
    Draft without = null;
    for (Draft d : drafts) {
      if (d.value == null) {
        if (without != null) {
          return; // two deals without a value: the line may be either's
        }
        without = d;
      }
    }
    if (without != null) {
      without.value = valueLine(norm, m);
    }
  }

  /** The first amount of the document's one value line, or null. */
  private static Money valueLine(String norm, Mentions m) {
    Set<String> labels = CueWords.named("value-labels", m.language());
    Money found = null;
    int start = 0;
    while (start < norm.length()) {
      int end = norm.indexOf('\n', start);
      if (end < 0) {
        end = norm.length();
      }
      int colon = labelColon(norm, start, end);
      if (colon > start) {
        String label =
            norm.substring(start, colon).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        List<MoneyParser.Amount> amounts =
            labels.contains(label)
                ? MoneyParser.find(norm, colon, end, m.language().decimalComma())
                : List.of();
        if (!amounts.isEmpty()) {
          if (found != null) {
            return null;
          }
          found = new Money(amounts.get(0).amount(), amounts.get(0).currency());
        }
      }
      start = end + 1;
    }
    return found;
  }

  /**
   * The line's first colon when it stands within 30 characters of the line's start, else -1.
   * Bounded to the line: an unbounded search ran to the document's next colon from every line.
   */
  private static int labelColon(String norm, int start, int end) {
    int limit = Math.min(end, start + 31);
    for (int i = start; i < limit; i++) {
      if (norm.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }
}
