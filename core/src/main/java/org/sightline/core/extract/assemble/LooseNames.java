package org.sightline.core.extract.assemble;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;

/**
 * Whether a capitalised name that nothing marks as a firm is still worth proposing as a supplier
 * (English): the text comes back to it ("Caddic won the tender ... Caddic had worked for the
 * city"), and nothing in the text says it is something else: a common word at the start of a
 * sentence ("Budget" beside "the budget"), a currency before its amount ("USD 24 million"), an
 * abbreviation ("Sept."), the last word of a longer name ("Hosni Mubarak"), a place ("in Windsor"),
 * or an institution's acronym ("the Electoral Commission (NEC)").
 */
final class LooseNames {
  private final Set<String> notCompanyHeads;

  LooseNames(Language language) {
    this.notCompanyHeads = CueWords.named("not-company-heads", language);
  }

  /** True when {@code name}, whose run ends at {@code runEnd}, may be proposed loose. */
  boolean accepts(String norm, String name, int runEnd) {
    return accepts(norm, name, runEnd, null);
  }

  /**
   * As {@link #accepts(String, String, int)}, with the verdict of the reading over the whole text
   * kept in {@code byName} (one map per document, or null): it depends on the name alone, and a
   * name that recurs is met once per time the text names it.
   */
  boolean accepts(String norm, String name, int runEnd, Map<String, Boolean> byName) {
    if (name.indexOf('.') >= 0 || digitNext(norm, runEnd)) {
      return false;
    }
    if (byName == null) {
      return recurs(norm, name);
    }
    Boolean known = byName.get(name);
    if (known == null) {
      known = recurs(norm, name);
      byName.put(name, known);
    }
    return known;
  }

  /** Whether the text names {@code name} again, never as anything but a firm (see the class). */
  private boolean recurs(String norm, String name) {
    if (name.indexOf(' ') < 0 && standsAlone(norm, name.toLowerCase(Locale.ROOT))) {
      return false; // the same word in lower case: a common word, capitalised by its place
    }
    int count = 0;
    boolean inside = false;
    for (int i = norm.indexOf(name); i >= 0; i = norm.indexOf(name, i + 1)) {
      if (!wholeWords(norm, i, i + name.length())) {
        continue;
      }
      int[] ps = new int[1];
      String before = Words.before(norm, i, 0, ps);
      boolean start = sentenceStart(norm, i);
      boolean capitalBefore =
          !before.isEmpty()
              && Character.isUpperCase(norm.charAt(ps[0]))
              && !sentenceStart(norm, ps[0]);
      if (!start && (before.equals("in") || capitalBefore)) {
        return false; // "in Windsor", "Hosni Mubarak": a place, a part of a longer name
      }
      if (i > 1 && norm.charAt(i - 1) == '(') {
        String head = Words.before(norm, i - 1, 0, ps);
        if (!head.isEmpty()
            && notCompanyHeads.contains(norm.substring(ps[0], ps[0] + head.length()))) {
          return false; // "the National Police Commission (NPC)"
        }
      }
      String after =
          Words.atAsWritten(
              norm, Words.skipSpaces(norm, i + name.length(), norm.length()), norm.length());
      if (notCompanyHeads.contains(after) || after.equals("police")) {
        return false; // "Windsor Police Service", "Stockton police": a place or an institution
      }
      count++;
      inside |= !start;
    }
    return count >= 2 && inside;
  }

  private static boolean digitNext(String norm, int end) {
    int i = Words.skipSpaces(norm, end, norm.length());
    return i < norm.length() && Character.isDigit(norm.charAt(i));
  }

  private static boolean standsAlone(String norm, String word) {
    for (int i = norm.indexOf(word); i >= 0; i = norm.indexOf(word, i + 1)) {
      if (wholeWords(norm, i, i + word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeWords(String norm, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(norm.charAt(start - 1)))
        && (end >= norm.length() || !Character.isLetterOrDigit(norm.charAt(end)));
  }

  /** Nothing but spaces, bullets or quotes between {@code i} and a sentence's end or the start. */
  private static boolean sentenceStart(String norm, int i) {
    int j = i - 1;
    while (j >= 0 && " \t\"'(•-*".indexOf(norm.charAt(j)) >= 0) {
      j--;
    }
    return j < 0 || ".!?:\n".indexOf(norm.charAt(j)) >= 0;
  }
}
