package org.sightline.core.extract.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A single-pass, rule-based sentence and paragraph splitter for news prose. A sentence ends at '.',
 * '!' or '?' (plus closing quotes or brackets) followed by whitespace and an upper-case letter,
 * digit or opening quote, unless the word before the full stop is a known abbreviation ("Mr.",
 * "Co.", "U.S.") or a single initial ("N."). A blank line ends a paragraph (and a sentence); so
 * does a line without final punctuation followed by a blank line (headlines). In records and
 * notices a single line break ends a sentence too when the next line is a list item ("- Wintics",
 * "• VASTech") or a labelled field ("Client country: Morocco"), or the line ends with a colon.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "co", "corp", "inc", "ltd", "jr", "sr", "no", "vs",
          "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
          "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "ph.d", "approx", "dept", "est", "fig", "min", "mt", "ft", "op", "vol", "bros",
          "cf", "al", "p", "pp", "ave", "blvd", "hon", "rev", "messrs", "u.s.a", "d.c", "a.m",
          "p.m", "s.a", "n.v", "b.v", "pte", "pty", "plc", "llc", "intl", "govt");

  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  private SentenceSplitter() {}

  /** Splits normalised text (see {@link TextNormaliser}) into sentences and paragraphs. */
  public static Segments split(String text) {
    int n = text.length();
    int cap = Math.max(16, n / 80);
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int[] paras = new int[cap];
    int count = 0;
    int paragraph = 0;
    int i = skipSpace(text, 0);
    int sentenceStart = i;
    while (i < n) {
      char c = text.charAt(i);
      int boundaryEnd = -1; // exclusive end of the sentence when a boundary is found here
      int nextStart = -1;
      boolean newParagraph = false;
      if (c == '\n') {
        int j = i + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\n')) {
          if (text.charAt(j) == '\n') {
            newParagraph = true;
          }
          j++;
        }
        if (newParagraph || (j < n && startsFieldOrItem(text, sentenceStart, i, j))) {
          boundaryEnd = trimEnd(text, sentenceStart, i);
          nextStart = j;
        }
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j >= n) {
          boundaryEnd = j;
          nextStart = n;
        } else if (text.charAt(j) == ' ' || text.charAt(j) == '\n') {
          int k = j;
          while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\n')) {
            if (text.charAt(k) == '\n' && k + 1 < n) {
              int m = k + 1;
              while (m < n && text.charAt(m) == ' ') {
                m++;
              }
              if (m < n && text.charAt(m) == '\n') {
                newParagraph = true;
              }
            }
            k++;
          }
          if (newParagraph) {
            boundaryEnd = j;
            nextStart = k;
          } else if (k < n
              && startsSentence(text.charAt(k))
              && !(c == '.' && isAbbreviation(text, i))) {
            boundaryEnd = j;
            nextStart = k;
          }
        }
      }
      if (boundaryEnd >= 0) {
        if (boundaryEnd > sentenceStart) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            paras = Arrays.copyOf(paras, count * 2);
          }
          starts[count] = sentenceStart;
          ends[count] = boundaryEnd;
          paras[count] = paragraph;
          count++;
        }
        if (newParagraph) {
          paragraph++;
        }
        sentenceStart = nextStart;
        i = nextStart;
        continue;
      }
      i++;
    }
    int lastEnd = trimEnd(text, sentenceStart, n);
    if (lastEnd > sentenceStart) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count + 1);
        ends = Arrays.copyOf(ends, count + 1);
        paras = Arrays.copyOf(paras, count + 1);
      }
      starts[count] = sentenceStart;
      ends[count] = lastEnd;
      paras[count] = paragraph;
      count++;
    }
    return new Segments(starts, ends, paras, count);
  }

  /**
   * Whether the line starting at {@code next} is a list item or a labelled field, or the line
   * ending at {@code lineEnd} ends with a colon: then a single line break ends the sentence.
   */
  private static boolean startsFieldOrItem(String text, int from, int lineEnd, int next) {
    int e = lineEnd;
    while (e > from && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > from && text.charAt(e - 1) == ':') {
      return true;
    }
    char c = text.charAt(next);
    if ((c == '-' || c == '*' || c == '\u2022' || c == '\u00b7' || c == '\u2013')
        && next + 1 < text.length()
        && text.charAt(next + 1) == ' ') {
      return true;
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    // "Client country: Morocco", "Customers named in leaked documents (as reported): ...": a
    // label of up to eight words, then a colon
    int words = 1;
    for (int k = next; k < text.length() && k < next + 70; k++) {
      char x = text.charAt(k);
      if (x == ':') {
        return true;
      }
      if (x == ' ' && ++words > 8) {
        return false;
      }
      if (x == '\n' || x == '.' || x == ',' || x == ';') {
        return false;
      }
    }
    return false;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '\''
        || c == '('
        || c == '-'
        || c == '['
        || c == '$';
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Whether the word ending at the full stop {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0) {
      char p = text.charAt(s - 1);
      if (Character.isLetter(p) || p == '.') {
        s--;
      } else {
        break;
      }
    }
    if (s == dot) {
      return false;
    }
    if (dot - s == 1 && Character.isUpperCase(text.charAt(s))) {
      return true; // an initial: "Scott N. Romaniuk"
    }
    if (dot - s > LONGEST_ABBREVIATION && text.charAt(s + 1) != '.') {
      return false; // an ordinary word: no need to copy it
    }
    String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    // Dotted acronyms such as "U.S." or "E.U.": letters alternating with dots.
    if (word.length() >= 3 && word.charAt(1) == '.') {
      for (int k = 0; k < word.length(); k++) {
        if ((k % 2 != 0) != (word.charAt(k) == '.')) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
