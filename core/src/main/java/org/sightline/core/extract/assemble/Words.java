package org.sightline.core.extract.assemble;

import java.util.Locale;

/** Reading single words of the normalised text around a position, without copying the sentence. */
final class Words {
  private Words() {}

  /**
   * The lower-case word ending before {@code pos} (spaces skipped, punctuation stops); its start
   * goes to {@code startOut[0]}.
   */
  static String before(String norm, int pos, int from, int[] startOut) {
    int i = pos;
    while (i > from && norm.charAt(i - 1) == ' ') {
      i--;
    }
    int end = i;
    while (i > from && (Character.isLetter(norm.charAt(i - 1)) || norm.charAt(i - 1) == '-')) {
      i--;
    }
    startOut[0] = i;
    return norm.substring(i, end).toLowerCase(Locale.ROOT);
  }

  /** The lower-case word (letters and hyphens) starting at {@code pos}; empty when none. */
  static String at(String norm, int pos, int to) {
    int i = pos;
    while (i < to && (Character.isLetter(norm.charAt(i)) || norm.charAt(i) == '-')) {
      i++;
    }
    return pos >= to ? "" : norm.substring(pos, i).toLowerCase(Locale.ROOT);
  }

  /** The letters starting at {@code pos}, as written. */
  static String atAsWritten(String norm, int pos, int to) {
    int i = pos;
    while (i < to && Character.isLetter(norm.charAt(i))) {
      i++;
    }
    return norm.substring(pos, i);
  }

  /** The end of the word (letters and hyphens) starting at {@code i}. */
  static int skipLetters(String norm, int i, int to) {
    int j = i;
    while (j < to && (Character.isLetter(norm.charAt(j)) || norm.charAt(j) == '-')) {
      j++;
    }
    return j;
  }

  /** The position before the spaces that end at {@code i}, not before {@code from}. */
  static int skipSpacesBack(String norm, int i, int from) {
    int j = i;
    while (j > from && norm.charAt(j - 1) == ' ') {
      j--;
    }
    return j;
  }

  static int skipSpaces(String norm, int i, int to) {
    while (i < to && norm.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
