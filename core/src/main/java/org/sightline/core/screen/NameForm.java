package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as matching compares it: Latin words after folding, transliteration, legal-form removal
 * and abbreviation expansion, what kind of word each is, the words run together ({@code compact}),
 * the words that say who the company is (not generic words or cities) run together in their order
 * and sorted ({@code core}, {@code sortedCore}, compared character by character), and the
 * normalisations that were applied, for the explanation of a match. {@code acronyms} has bit i set
 * when word i is an acronym ({@link #isAcronym}); {@code truncations} holds, per word, the word as
 * written where it was cut short ({@link #truncates}), or is null; {@code sounds} holds each word's
 * {@link WordSimilarity#soundKey}, made once; {@code key} is the words as one string, as an
 * explanation shows them; {@code latin} whether every letter of the name as written is a Latin one
 * ({@link NameScorer#latin}).
 */
record NameForm(
    String original,
    List<String> tokens,
    byte[] kinds,
    String compact,
    String core,
    String sortedCore,
    List<String> steps,
    long[] masks,
    long acronyms,
    String[] truncations,
    String[] sounds,
    String key,
    boolean latin) {

  /** The fewest letters of a word cut short that may stand for a longer word it begins. */
  static final int TRUNCATION = 3;

  /**
   * The fewest letters a word must have beyond a word cut short to be read as what it stands for:
   * "Tech." for "Technical", "Sec" for "Securities", but "Nexa." is not "Nexans".
   */
  static final int TRUNCATED_LETTERS = 3;

  static final byte NORMAL = 0;

  /** A word many companies share ("technology", "group"): weighs little. */
  static final byte GENERIC = 1;

  /** A city or province that leads registered names ("Hangzhou"): weighs little. */
  static final byte LOCALITY = 2;

  /** A country or region: weighs little only as an extra word of the screened name. */
  static final byte PLACE = 3;

  /** A word saying what a company does ("security"): weighs less than a distinctive word. */
  static final byte DESCRIPTIVE = 4;

  /**
   * A legal-form word left inside a name ("Electronics Corporation China"): weighs like a generic
   * word, but never says that a name is another body's.
   */
  static final byte LEGAL = 5;

  /**
   * A word of two to five capitals in a name that also has small letters ("CETC Group"), or that is
   * the whole name ("CATIC"): an acronym. In a longer name written all in capitals ("DAHUA
   * TECHNOLOGY") capitals tell nothing.
   */
  private static final Pattern ACRONYM =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,5}(?![\\p{L}\\p{N}])");

  private static final Pattern SMALL_LETTER = Pattern.compile("\\p{Ll}");

  NameForm {
    tokens = List.copyOf(tokens);
    steps = List.copyOf(steps);
  }

  static NameForm of(String original, List<String> tokens, byte[] kinds, List<String> steps) {
    return of(original, tokens, kinds, steps, null);
  }

  /**
   * The same, with {@code truncations}: per word, the word as written where it was cut short
   * ("tech" for the word read as "technology"), null otherwise; null when no word was.
   */
  static NameForm of(
      String original,
      List<String> tokens,
      byte[] kinds,
      List<String> steps,
      String[] truncations) {
    List<String> core = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (kinds[i] != GENERIC && kinds[i] != LOCALITY && kinds[i] != LEGAL) {
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
    Set<String> acronyms = new HashSet<>();
    if (SMALL_LETTER.matcher(original).find() || ACRONYM.matcher(original.strip()).matches()) {
      Matcher m = ACRONYM.matcher(original);
      while (m.find()) {
        acronyms.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    long acronymBits = 0;
    for (int i = 0; i < Math.min(tokens.size(), Long.SIZE); i++) {
      if (acronyms.contains(tokens.get(i))) {
        acronymBits |= 1L << i;
      }
    }
    return new NameForm(
        original,
        tokens,
        kinds,
        String.join("", tokens),
        inOrder,
        String.join("", core),
        steps,
        masks,
        acronymBits,
        truncations,
        tokens.stream().map(WordSimilarity::soundKey).toArray(String[]::new),
        String.join(" ", tokens),
        NameScorer.latin(original));
  }

  /** The word cut short that word i was read from ("tech"), or null. */
  String truncationOf(int i) {
    return truncations == null || i >= truncations.length ? null : truncations[i];
  }

  /**
   * Whether word i, cut short as written, stands for {@code word}: it begins that word, which is
   * {@link #TRUNCATED_LETTERS} letters longer or more ("Tech." and "technical", "Sec" and
   * "securities").
   */
  boolean truncates(int i, String word) {
    String cut = truncationOf(i);
    return cut != null
        && word.length() >= cut.length() + TRUNCATED_LETTERS
        && word.startsWith(cut)
        && !word.equals(tokens.get(i));
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

  /** Whether word i was written as an acronym: such a word meets only itself, never a slip. */
  boolean isAcronym(int i) {
    return i < Long.SIZE && (acronyms & (1L << i)) != 0;
  }

  boolean isEmpty() {
    return tokens.isEmpty();
  }
}
