package org.sightline.core.extract.text;

import java.util.Locale;

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

  /**
   * Shows {@code visitor} every run of letters in {@code text[from, to)} of {@code minLength} to
   * {@code maxLength} letters, lower-cased, in order; returns where the word it stopped at starts,
   * or -1 when it never stopped.
   */
  public static int scan(
      String text, int from, int to, int minLength, int maxLength, Visitor visitor) {
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int length = i - start;
      if (length >= minLength
          && length <= maxLength
          && visitor.stopAt(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        return start;
      }
    }
    return -1;
  }
}
