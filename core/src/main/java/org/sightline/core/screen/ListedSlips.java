package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Misspelt words of the lists ("Technolgies", "Secuirty", "Internatonal"): a word one slip (a
 * letter left out, added or changed, or two neighbours swapped) inside a word of the lists, and of
 * no other, is read as that word, so that a misspelt "technologies" weighs as the generic word it
 * is and not as a word of the firm's own. Only words of {@value #MIN_LETTERS} letters or more are
 * read so, never an everyday English word or a word the lists hold, and only slips that keep the
 * first and the last letter: a word with another first letter is another word ("Kolding" is not
 * "holding"), one with another ending a word of another language ("nationale", "defensa") or
 * another inflection. A word two list words are one slip from is left as written.
 *
 * <p>The look-up is a symmetric-delete index: every list word with one letter left out, and where;
 * a word is looked up by itself and by its own one-letter deletions, a few hash look-ups a word.
 */
final class ListedSlips {
  /** The fewest letters of a word read as a slip of a listed word. */
  static final int MIN_LETTERS = 7;

  /**
   * What a score is multiplied by for each misspelt list word of a screened name that the
   * registered name does not share: the name still meets, but below the name spelt right, so scores
   * keep ranking.
   */
  static final double FACTOR = 0.97;

  /** How the normalizer's step for such a word ends. */
  static final String STEP_END = " (a slip)";

  /** The normalizer's step for a word read as the list word it misspells. */
  static String step(String written, String listed) {
    return written + " read as '" + listed + "'" + STEP_END;
  }

  /** The steps of a name that read a misspelt list word; empty for most names. */
  static List<String> slipSteps(NameForm form) {
    List<String> out = null;
    for (String step : form.steps()) {
      if (step.endsWith(STEP_END)) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(step);
      }
    }
    return out == null ? List.of() : out;
  }

  /** A list word with the letter at {@code at} left out. */
  private record Deleted(String word, int at) {}

  private final Set<String> listed;
  private final Map<String, List<Deleted>> byDeletion;

  /**
   * Which first letter, last letter and length the list words have ({@link #shape}). Every slip
   * keeps the first and last letters and changes the length by one at most, so a word with no such
   * list word is passed over before any look-up: most screened words are firms' own.
   */
  private final BitSet shapes;

  private ListedSlips(Set<String> listed, Map<String, List<Deleted>> byDeletion) {
    this.listed = listed;
    this.byDeletion = byDeletion;
    this.shapes = new BitSet();
    for (String w : listed) {
      shapes.set(shape(w.charAt(0), w.charAt(w.length() - 1), w.length()));
    }
  }

  private static int shape(char first, char last, int length) {
    return ((first - 'a') * 26 + (last - 'a')) * 64 + Math.min(length, 63);
  }

  private boolean mayBeSlip(String word) {
    char first = word.charAt(0);
    char last = word.charAt(word.length() - 1);
    int n = word.length();
    return shapes.get(shape(first, last, n - 1))
        || shapes.get(shape(first, last, n))
        || shapes.get(shape(first, last, n + 1));
  }

  /** The index over the list words of {@value #MIN_LETTERS} letters or more, less one. */
  static ListedSlips of(Set<String> words) {
    Set<String> listed = new HashSet<>();
    Map<String, List<Deleted>> byDeletion = new HashMap<>();
    for (String w : words) {
      if (w.length() < MIN_LETTERS - 1 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        continue;
      }
      listed.add(w);
      // the first and last letters stay: only inner letters are left out
      for (int i = 1; i < w.length() - 1; i++) {
        String d = w.substring(0, i) + w.substring(i + 1);
        byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(new Deleted(w, i));
      }
    }
    Map<String, List<Deleted>> frozen = new HashMap<>();
    byDeletion.forEach((d, l) -> frozen.put(d, List.copyOf(l)));
    return new ListedSlips(Set.copyOf(listed), Map.copyOf(frozen));
  }

  /** The one list word {@code word} is a slip of, or null. */
  String of(String word) {
    int n = word.length();
    if (n < MIN_LETTERS
        || !isPlain(word)
        || !mayBeSlip(word)
        || listed.contains(word)
        || EnglishWords.contains(word)) {
      return null;
    }
    Set<String> found = new HashSet<>(2);
    // a letter left out: the word is a list word with an inner letter left out
    for (Deleted d : byDeletion.getOrDefault(word, List.of())) {
      found.add(d.word());
    }
    for (int i = 1; i < n - 1; i++) {
      String d = word.substring(0, i) + word.substring(i + 1);
      // an inner letter added
      if (listed.contains(d)) {
        found.add(d);
      }
      // an inner letter changed (both lose the letter at one place), or two neighbours swapped
      // (each loses one of the two)
      for (Deleted l : byDeletion.getOrDefault(d, List.of())) {
        if (Math.abs(l.at() - i) <= 1) {
          found.add(l.word());
        }
      }
      if (found.size() > 1) {
        return null;
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static boolean isPlain(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
