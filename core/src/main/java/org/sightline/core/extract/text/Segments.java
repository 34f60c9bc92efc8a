package org.sightline.core.extract.text;

/**
 * Sentences of a text as parallel offset arrays, with the paragraph each sentence belongs to.
 * Arrays, not objects per sentence: segmentation runs over millions of articles.
 */
public final class Segments {
  final int[] starts;
  final int[] ends;
  final int[] paragraphs;
  final int count;

  Segments(int[] starts, int[] ends, int[] paragraphs, int count) {
    this.starts = starts;
    this.ends = ends;
    this.paragraphs = paragraphs;
    this.count = count;
  }

  public int count() {
    return count;
  }

  public int start(int sentence) {
    return starts[sentence];
  }

  public int end(int sentence) {
    return ends[sentence];
  }

  public int paragraph(int sentence) {
    return paragraphs[sentence];
  }

  /** The sentence containing offset {@code pos}, or the nearest one before it; -1 if none. */
  public int sentenceAt(int pos) {
    int lo = 0;
    int hi = count - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
