package org.sightline.core.extract.text;

/**
 * Normalises typography without changing the text's length, so that every offset into the
 * normalised text is also an offset into the extracted text: curly quotes become straight, dashes
 * become '-', exotic spaces become ' '. Matching and segmentation work on the normalised text,
 * evidence quotes are cut from the original.
 */
public final class TextNormaliser {
  private static final char[] MAP = new char[65536];

  static {
    for (int c = 0; c < MAP.length; c++) {
      MAP[c] = (char) c;
    }
    for (char c : new char[] {'\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`'}) {
      MAP[c] = '\'';
    }
    for (char c :
        new char[] {'\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB'}) {
      MAP[c] = '"';
    }
    for (char c :
        new char[] {
          '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00AD'
        }) {
      MAP[c] = '-';
    }
    for (char c :
        new char[] {
          '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
          '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t', '\f', '\u000B'
        }) {
      MAP[c] = ' ';
    }
    MAP['\r'] = '\n';
    MAP['\u2028'] = '\n';
    MAP['\u2029'] = '\n';
    MAP['\u0085'] = '\n';
  }

  private TextNormaliser() {}

  /** The normalised text; same length as {@code text}. */
  public static String normalise(String text) {
    // Most news text is already plain: find the first character that changes, and copy only
    // when there is one.
    int n = text.length();
    int first = 0;
    while (first < n && MAP[text.charAt(first)] == text.charAt(first)) {
      first++;
    }
    if (first == n) {
      return text;
    }
    char[] out = new char[n];
    text.getChars(0, n, out, 0);
    for (int i = first; i < n; i++) {
      out[i] = MAP[out[i]];
    }
    return new String(out);
  }

  /** The normalised form of one character. */
  public static char normalise(char c) {
    return MAP[c];
  }
}
