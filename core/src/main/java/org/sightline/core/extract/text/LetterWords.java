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

  /** As {@link #scan}, by position, for a caller that reads the letters without a new string. */
  public static int scanSpans(
      String text, int from, int to, int minLength, int maxLength, SpanVisitor visitor) {
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
      if (length >= minLength && length <= maxLength && visitor.stopAt(start, i)) {
        return start;
      }
    }
    return -1;
  }
}
