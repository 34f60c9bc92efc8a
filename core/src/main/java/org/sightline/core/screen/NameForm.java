package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A name as matching compares it: Latin words after folding, transliteration, legal-form removal
 * and abbreviation expansion, what kind of word each is, the words run together ({@code compact}),
 * the words that say who the company is (not generic words or cities) run together in their order
 * and sorted ({@code core}, {@code sortedCore}, compared character by character), and the
 * normalisations that were applied, for the explanation of a match.
 */
record NameForm(
    String original,
    List<String> tokens,
    byte[] kinds,
    String compact,
    String core,
    String sortedCore,
    List<String> steps,
    long[] masks) {

  static final byte NORMAL = 0;

  /** A word many companies share ("technology", "group"): weighs little. */
  static final byte GENERIC = 1;

  /** A city or province that leads registered names ("Hangzhou"): weighs little. */
  static final byte LOCALITY = 2;

  /** A country or region: weighs little only as an extra word of the screened name. */
  static final byte PLACE = 3;

  /** A word saying what a company does ("security"): weighs less than a distinctive word. */
  static final byte DESCRIPTIVE = 4;

  NameForm {
    tokens = List.copyOf(tokens);
    steps = List.copyOf(steps);
  }

  static NameForm of(String original, List<String> tokens, byte[] kinds, List<String> steps) {
    List<String> core = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (kinds[i] != GENERIC && kinds[i] != LOCALITY) {
        core.add(tokens.get(i));
      }
    }
    if (core.isEmpty()) {
      core.addAll(tokens);
    }
    String inOrder = String.join("", core);
    Collections.sort(core);
    long[] masks = new long[tokens.size()];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = mask(tokens.get(i));
    }
    return new NameForm(
        original,
        tokens,
        kinds,
        String.join("", tokens),
        inOrder,
        String.join("", core),
        steps,
        masks);
  }

  /** Which letters (and whether digits) a word has, as bits: a cheap test before Jaro–Winkler. */
  static long mask(String word) {
    long m = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      // a-z have a bit each; every other character shares one of the 32 bits above them
      int bit = c >= 'a' && c <= 'z' ? c - 'a' : 26 + (c & 31);
      m |= 1L << bit;
    }
    return m;
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }

  /** The words as one string, as an explanation shows them. */
  String key() {
    return String.join(" ", tokens);
  }
}
