package org.sightline.core.extract.text;

import java.util.Collection;

/**
 * Per word length, a bit for each first letter (modulo 64) that some word of a fixed set has: a
 * check of a run of letters against the set that needs no string, so the scans that look for a few
 * telling words pass over most runs without making one.
 */
public final class WordShapes {
  private final long[] byLength;

  private WordShapes(long[] byLength) {
    this.byLength = byLength;
  }

  public static WordShapes of(Collection<String> words) {
    int longest = 0;
    for (String w : words) {
      longest = Math.max(longest, w.length());
    }
    long[] byLength = new long[longest + 1];
    for (String w : words) {
      if (!w.isEmpty()) {
        byLength[w.length()] |= 1L << (w.charAt(0) & 63);
      }
    }
    return new WordShapes(byLength);
  }

  /** Whether some word of the set has {@code length} chars and begins with {@code first}. */
  public boolean admits(int length, char first) {
    return length < byLength.length && (byLength[length] & 1L << (first & 63)) != 0;
  }
}
