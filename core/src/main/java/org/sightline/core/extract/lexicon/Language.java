package org.sightline.core.extract.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.text.LetterWords;

/**
 * The languages extraction reads, and how it tells them apart: a vote of common function words
 * ({@code stop-words@xx} in {@code cue-words.tsv}) over the start of the document. A vote costs a
 * few microseconds where a statistical identifier costs most of a millisecond, and the four
 * languages differ in their commonest words; a text with no vote (a list, a table) reads as
 * English, as everything did before, unless its letters are another language's (a short sentence in
 * Spanish may hold none of the Spanish function words).
 */
public enum Language {
  EN,
  ES,
  FR,
  PT;

  /**
   * How many marks of its letters a tied language needs to win: a place name alone is not enough.
   */
  private static final int MIN_MARKS = 3;

  /** How much of a document the vote reads: enough for a paragraph or two. */
  private static final int VOTE_CHARS = 1500;

  /**
   * The stop words, each packed into a long (see {@link #packed}), in an open-addressing table
   * beside their languages: the vote reads every short word of every document, so it looks them up
   * without making a string of each, in one or two probes.
   */
  private static final long[] VOTER_KEYS;

  private static final Language[] VOTER_LANGUAGES;

  static {
    Map<String, Language> voters = voters();
    int size = Integer.highestOneBit(Math.max(voters.size(), 1) * 4 - 1) << 1;
    VOTER_KEYS = new long[size];
    VOTER_LANGUAGES = new Language[size];
    voters.forEach(
        (word, language) -> {
          long key = packed(word, 0, word.length());
          int at = slot(key, size);
          while (VOTER_KEYS[at] != 0) {
            at = (at + 1) & (size - 1);
          }
          VOTER_KEYS[at] = key;
          VOTER_LANGUAGES[at] = language;
        });
  }

  /** Where a packed word's probe starts in a table of {@code size} (a power of two) slots. */
  private static int slot(long key, int size) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (size - 1);
  }

  /** The language of a stop word packed by {@link #packed}, or null. */
  private static Language voter(long key) {
    long[] keys = VOTER_KEYS;
    int mask = keys.length - 1;
    for (int at = slot(key, keys.length); keys[at] != 0; at = (at + 1) & mask) {
      if (keys[at] == key) {
        return VOTER_LANGUAGES[at];
      }
    }
    return null;
  }

  /** The ISO 639-1 code, as written in the lexicon's {@code lang=} tags. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This language's bit in a set of languages. */
  public int bit() {
    return 1 << ordinal();
  }

  /** The set of every language. */
  public static final int ALL = (1 << values().length) - 1;

  /** Whether numbers are written "1.200,5" (a decimal comma and dots between thousands). */
  public boolean decimalComma() {
    return this != EN;
  }

  /** The language of an ISO 639-1 code; unknown codes are a mistake in a bundled table. */
  public static Language ofCode(String code) {
    for (Language l : values()) {
      if (l.code().equals(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language " + code);
  }

  /** The set of the languages in a list of codes ("es,fr"). */
  public static int mask(String codes) {
    int m = 0;
    for (String c : codes.split(",")) {
      m |= ofCode(c.trim()).bit();
    }
    return m;
  }

  /**
   * The language most of the first words of {@code text} belong to; on a tie, the tied language
   * whose letters the text writes ({@link #byLetters}), else English.
   */
  public static Language of(String text) {
    int[] votes = new int[values().length];
    int to = Math.min(text.length(), VOTE_CHARS);
    // The runs of letters, as LetterWords reads them; each of one to four letters is looked up,
    // packed as it is read from one copy of the characters (the vote reads every document).
    char[] chars = new char[to];
    text.getChars(0, to, chars, 0);
    int i = 0;
    while (i < to) {
      int lower = lowerLetter(chars[i]);
      if (lower == 0) {
        i++;
        continue;
      }
      int start = i;
      long key = 0;
      do {
        key = key << 16 | lower;
        i++;
      } while (i < to && (lower = lowerLetter(chars[i])) != 0);
      // as packed() would read it; a key below 0 (an İ, or a first letter from U+8000) is no
      // stop word's, as the table holds none
      if (i - start <= 4 && key >= 0) {
        Language l = voter(key);
        if (l != null) {
          votes[l.ordinal()]++;
        }
      }
    }
    Language best = EN;
    int leaders = 1;
    for (Language l : values()) {
      if (votes[l.ordinal()] > votes[best.ordinal()]) {
        best = l;
        leaders = 1;
      } else if (l != best && votes[l.ordinal()] == votes[best.ordinal()]) {
        leaders++;
      }
    }
    return leaders == 1 ? best : byLetters(text, to, votes, votes[best.ordinal()], best);
  }

  /**
   * A tie of the function-word vote (a sentence or a headline may hold none of them) broken by the
   * letters the tied languages write and English does not: ñ, ¿, ¡ Spanish; ã, õ Portuguese; è, ù,
   * î, ë, ï, œ French; á, í, ó, ú Spanish or Portuguese; ç, ê, ô, à French or Portuguese; and the
   * articles "la" (Spanish or French). A text with fewer than {@link #MIN_MARKS} of them keeps the
   * vote's first leader, so an English headline naming "La Paz" or "Bogotá" stays English.
   */
  private static Language byLetters(String text, int to, int[] votes, int top, Language first) {
    int[] marks = new int[values().length];
    for (int i = 0; i < to; i++) {
      switch (Character.toLowerCase(text.charAt(i))) {
        case 'ñ', '¿', '¡' -> marks[ES.ordinal()] += 2;
        case 'ã', 'õ' -> marks[PT.ordinal()] += 2;
        case 'è', 'ù', 'î', 'ë', 'ï', 'œ' -> marks[FR.ordinal()] += 2;
        case 'á', 'í', 'ó', 'ú' -> {
          marks[ES.ordinal()]++;
          marks[PT.ordinal()]++;
        }
        case 'ç', 'ê', 'ô', 'à' -> {
          marks[FR.ordinal()]++;
          marks[PT.ordinal()]++;
        }
        case 'l' -> {
          if (isWord(text, i, to, "la")) {
            marks[ES.ordinal()]++;
            marks[FR.ordinal()]++;
          }
        }
        default -> {}
      }
    }
    Language best = first;
    for (Language l : values()) {
      if (votes[l.ordinal()] == top && marks[l.ordinal()] > marks[best.ordinal()]) {
        best = l;
      }
    }
    return marks[best.ordinal()] >= MIN_MARKS ? best : first;
  }

  private static boolean isWord(String text, int start, int to, String word) {
    int end = start + word.length();
    return end <= to
        && text.regionMatches(true, start, word, 0, word.length())
        && (start == 0 || !LetterWords.isLetter(text.charAt(start - 1)))
        && (end == to || !LetterWords.isLetter(text.charAt(end)));
  }

  /** For each of the first 256 chars: 0 if no letter, else its lower case (never 0). */
  private static final char[] LATIN_LOWER_LETTERS = new char[256];

  static {
    for (int c = 0; c < LATIN_LOWER_LETTERS.length; c++) {
      LATIN_LOWER_LETTERS[c] = LetterWords.isLetter((char) c) ? Character.toLowerCase((char) c) : 0;
    }
  }

  /**
   * 0 if {@code c} is no letter ({@link LetterWords#isLetter}), else its lower case as {@link
   * #packed} takes it; -1 for İ, which makes a word's key negative.
   */
  private static int lowerLetter(char c) {
    if (c < LATIN_LOWER_LETTERS.length) {
      return LATIN_LOWER_LETTERS[c];
    }
    if (!LetterWords.isLetter(c)) {
      return 0;
    }
    return c == '\u0130' ? -1 : Character.toLowerCase(c);
  }

  /**
   * A word of at most four letters as one number, 16 bits a letter, lower-cased as {@code
   * String.toLowerCase(Locale.ROOT)} would (never 0: a letter is not char 0); -1 for the one letter
   * it lower-cases to two (İ), which no stop word holds.
   */
  private static long packed(CharSequence text, int start, int end) {
    long key = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\u0130') {
        return -1;
      }
      key = key << 16 | Character.toLowerCase(c);
    }
    return key;
  }

  private static Map<String, Language> voters() {
    Map<String, Language> m = new HashMap<>();
    for (Language l : values()) {
      Set<String> words = CueWords.named("stop-words@" + l.code());
      for (String w : words) {
        if (w.length() > 4) {
          throw new IllegalStateException("cue-words.tsv: stop word longer than 4 letters: " + w);
        }
        if (w.isEmpty() || packed(w, 0, w.length()) < 0) {
          throw new IllegalStateException("cue-words.tsv: stop word the vote cannot pack: " + w);
        }
        if (m.put(w, l) != null) {
          throw new IllegalStateException("cue-words.tsv: stop word in two languages: " + w);
        }
      }
    }
    return Map.copyOf(m);
  }

  static List<Language> others() {
    return List.of(ES, FR, PT);
  }
}
