package org.sightline.core.extract.text;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The runs of letters in part of a text, lower-cased: what the short scans for a telling word (a
 * language's function words, a date's trigger, a word that marks another deal) walk over.
 */
public final class LetterWords {
  private LetterWords() {}

  /** Looks at one word; returns true to stop the scan there. */
  @FunctionalInterface
  public interface Visitor {
    boolean stopAt(String lowerCaseWord);
  }

  /** Looks at one word by where it stands in the text; returns true to stop the scan there. */
  @FunctionalInterface
  public interface SpanVisitor {
    boolean stopAt(int start, int end);
  }

  /**
   * Shows {@code visitor} every run of letters in {@code text[from, to)} of {@code minLength} to
   * {@code maxLength} letters, lower-cased, in order; returns where the word it stopped at starts,
   * or -1 when it never stopped.
   */
  public static int scan(
      String text, int from, int to, int minLength, int maxLength, Visitor visitor) {
    return scanSpans(
        text,
        from,
        to,
        minLength,
        maxLength,
        (start, end) -> visitor.stopAt(text.substring(start, end).toLowerCase(Locale.ROOT)));
  }

  /**
   * As {@link #scan} with a visitor that stops at a word of {@code lowerCaseWords}, but makes the
   * lower-case word only for a run whose length and first letter some word of the set has: most
   * runs are rejected without a new string.
   */
  public static int scan(
      String text, int from, int to, int minLength, int maxLength, Set<String> lowerCaseWords) {
    WordShapes shapes = shapesOf(lowerCaseWords);
    return scanSpans(
        text,
        from,
        to,
        minLength,
        maxLength,
        (start, end) ->
            mayHold(shapes, text, start, end)
                && lowerCaseWords.contains(text.substring(start, end).toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a word of the set could equal the run lower-cased: one of its words has the run's
   * length and the same first letter (modulo 64). {@code toLowerCase(Locale.ROOT)} keeps the length
   * and lowers a first letter as {@link Character#toLowerCase(char)} does, except for İ, which
   * grows to two chars: a run holding one is always looked up.
   */
  private static boolean mayHold(WordShapes shapes, String text, int start, int end) {
    if (shapes.admits(end - start, Character.toLowerCase(text.charAt(start)))) {
      return true;
    }
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\u0130') {
        return true;
      }
    }
    return false;
  }

  /** The shapes of each set a caller scans for; the sets are few and fixed (the cue-word lists). */
  private static volatile Map<Set<String>, WordShapes> shapes = new IdentityHashMap<>();

  private static WordShapes shapesOf(Set<String> words) {
    WordShapes known = shapes.get(words);
    if (known != null) {
      return known;
    }
    WordShapes made = WordShapes.of(words);
    synchronized (LetterWords.class) {
      if (shapes.size() < 256) { // a caller building its sets anew is served, not remembered
        Map<Set<String>, WordShapes> copy = new IdentityHashMap<>(shapes);
        copy.put(words, made);
        shapes = copy;
      }
    }
    return made;
  }

  /** As {@link #scan}, by position, for a caller that reads the letters without a new string. */
  public static int scanSpans(
      String text, int from, int to, int minLength, int maxLength, SpanVisitor visitor) {
    int i = from;
    while (i < to) {
      while (i < to && !isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && isLetter(text.charAt(i))) {
        i++;
      }
      int length = i - start;
      if (length >= minLength && length <= maxLength && visitor.stopAt(start, i)) {
        return start;
      }
    }
    return -1;
  }

  /** {@link Character#isLetter(char)} for the first 256 chars, where nearly all text falls. */
  private static final boolean[] LATIN_LETTER = new boolean[256];

  static {
    for (int c = 0; c < LATIN_LETTER.length; c++) {
      LATIN_LETTER[c] = Character.isLetter((char) c);
    }
  }

  /** {@link Character#isLetter(char)}, from a table for the commonest chars. */
  public static boolean isLetter(char c) {
    return c < LATIN_LETTER.length ? LATIN_LETTER[c] : Character.isLetter(c);
  }
}
