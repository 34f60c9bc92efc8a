package org.sightline.core.extract.assemble;

import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.text.WordShapes;

/**
 * An end user named by its title where the register does not know it: in Spanish, French and
 * Portuguese an agency's name starts with a capitalised head word ("Policía", "Ministère",
 * "Secretaria") and runs on through capitalised words, linking words and a few adjectives written
 * in lower case ("Police nationale"), with its acronym in brackets after it. English names are read
 * around their head ("the Austin Police Department").
 */
final class AgencyNames {
  private static final Set<String> LINKS = CueWords.named("agency-name-links");
  private static final Set<String> ADJECTIVES = CueWords.named("agency-name-adjectives");
  private static final Set<String> NOT_IN_NAME = CueWords.named("agency-name-breaks");

  /** Per language, the shapes of its head words: most words are passed over without a string. */
  private static final WordShapes[] HEAD_SHAPES = new WordShapes[Language.values().length];

  static {
    for (Language l : Language.values()) {
      HEAD_SHAPES[l.ordinal()] = WordShapes.of(CueWords.named("agency-heads", l));
    }
  }

  private AgencyNames() {}

  /** The first agency name in {@code norm[start, end)}, or null. */
  static String find(String norm, int start, int end, Language language) {
    Set<String> heads = CueWords.named("agency-heads", language);
    WordShapes shapes = HEAD_SHAPES[language.ordinal()];
    boolean english = language == Language.EN;
    int p = start;
    while (p < end) {
      if (english && Character.isLowerCase(norm.charAt(p))) {
        p = Words.skipLetters(norm, p, end); // English heads are capitalised
        continue;
      }
      int wordEnd = p;
      while (wordEnd < end && Character.isLetter(norm.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd == p) {
        p++;
        continue;
      }
      // the head it would be looked up as has the word's length and its first letter capitalised
      // in Spanish, French and Portuguese: a word no head has the shape of is passed over
      int length = wordEnd - p;
      char first = english ? norm.charAt(p) : Character.toUpperCase(norm.charAt(p));
      if (!shapes.admits(length, first)) {
        p = wordEnd;
        continue;
      }
      String w = norm.substring(p, wordEnd);
      // "el gobierno de Chihuahua", "le ministère de l'Intérieur": written in lower case too.
      String head = english ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
      if (heads.contains(head) && (p == start || !Character.isLetter(norm.charAt(p - 1)))) {
        String name = english ? englishName(norm, start, end, p) : nameAt(norm, start, end, p);
        if (name != null) {
          return name;
        }
      }
      p += w.length();
    }
    return null;
  }

  /**
   * "Sistemas Urbanos del Centro": a head after a capitalised word and a link is another name's.
   */
  private static String nameAt(String norm, int start, int end, int p) {
    int[] ws = new int[1];
    String link = Words.before(norm, p, start, ws);
    if (!link.isEmpty() && LINKS.contains(link) && ws[0] > start) {
      String before = Words.before(norm, ws[0], start, ws);
      if (!before.isEmpty() && Character.isUpperCase(norm.charAt(ws[0]))) {
        return null;
      }
    }
    return nameFrom(norm, p, end, 1, true);
  }

  /**
   * English puts the head anywhere in the name: "the Austin Police Department", "Ministry of Home
   * Affairs", "National Police Service (NPS)". The name runs back from the head over capitalised
   * words (not an article or a sentence's first word) and on as {@link #nameFrom} reads it; it
   * needs two words.
   */
  private static String englishName(String norm, int start, int end, int p) {
    int from = p;
    int[] ws = new int[1];
    while (from > start) {
      String before = Words.before(norm, from, start, ws);
      if (before.isEmpty()
          || ws[0] == start
          || ws[0] + before.length() + 1 != from
          || !Character.isUpperCase(norm.charAt(ws[0]))
          || NOT_IN_NAME.contains(before)) {
        break;
      }
      from = ws[0];
    }
    String name = nameFrom(norm, p, end, from < p ? 2 : 1, false);
    return name == null ? null : norm.substring(from, p) + name;
  }

  /**
   * The name whose head word starts at {@code p}, if at least one word follows the head; {@code
   * toAcronym} in Spanish, French and Portuguese (see {@link #toAcronym}).
   */
  private static String nameFrom(String norm, int p, int end, int wordsBefore, boolean toAcronym) {
    int q = p + Words.atAsWritten(norm, p, end).length();
    int nameEnd = q;
    int words = wordsBefore;
    while (true) {
      int r = q;
      while (r < end && norm.charAt(r) == ' ') {
        r++;
      }
      if (r + 2 < end && (norm.startsWith("d'", r) || norm.startsWith("l'", r))) {
        r += 2;
      }
      String w = Words.atAsWritten(norm, r, end);
      if (w.isEmpty() || r == q) {
        break;
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (LINKS.contains(lower)) {
        q = r + w.length();
        continue;
      }
      if (Character.isUpperCase(w.charAt(0)) || ADJECTIVES.contains(lower)) {
        q = r + w.length();
        nameEnd = q;
        words++;
        continue;
      }
      break;
    }
    if (words < 2) {
      return null;
    }
    int close =
        nameEnd + 2 < end && norm.startsWith(" (", nameEnd) ? norm.indexOf(')', nameEnd) : -1;
    if (close > 0 && close < end && close - nameEnd <= 12) {
      nameEnd = close + 1;
    } else if (toAcronym) {
      nameEnd = toAcronym(norm, nameEnd, end);
    }
    return norm.substring(p, nameEnd);
  }

  /**
   * "Office national d'identification de la population (ONIP)", "Délégation générale à la sûreté
   * nationale (DGSN)": in Spanish, French and Portuguese a name runs on through words in lower case
   * when its acronym in brackets closes it, a few words on. Returns the end of the acronym's
   * bracket, or {@code nameEnd} when no acronym follows.
   */
  private static int toAcronym(String norm, int nameEnd, int end) {
    int limit = Math.min(end, nameEnd + 80);
    int open = -1;
    for (int i = nameEnd; i < limit; i++) {
      char c = norm.charAt(i);
      if (c == '(') {
        open = i;
        break;
      }
      if (!(Character.isLetter(c) || c == ' ' || c == '\'' || c == '\u2019' || c == '-')) {
        return nameEnd;
      }
    }
    if (open < 0 || norm.charAt(open - 1) != ' ') {
      return nameEnd;
    }
    int close = norm.indexOf(')', open);
    if (close < 0 || close >= end || close - open < 3 || close - open > 10) {
      return nameEnd;
    }
    for (int i = open + 1; i < close; i++) {
      char c = norm.charAt(i);
      if (!(Character.isUpperCase(c) || c == '/' || c == '-')) {
        return nameEnd;
      }
    }
    return close + 1;
  }
}
