package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * Hebrew is written without most of its vowels, so a name in Hebrew letters and the same name in
 * Latin letters (in whichever romanization) agree only in their consonants: "אלביט מערכות" and
 * "Elbit Maarachot" both read l-b-t m-r-k-t. This class reduces either to those consonants, in a
 * few classes that the usual romanizations share (ב, ו as a consonant, v, b and w are one sound; כ,
 * ק, ח and k, q, c, ch, kh another; ס, ש, צ, ז and s, sh, z, ts another); the letters that stand
 * for vowels or for nothing (א, ה, ע, ו and י inside a word; a, e, i, o, u, y and a lone h) are
 * left out, and a sound written twice counts once. A key is only worth comparing when it is long
 * enough that another name is unlikely to share it by chance ({@link #MIN_LENGTH}).
 */
final class HebrewConsonants {
  /** Consonants a key needs, over all its words, before a match on it means anything. */
  static final int MIN_LENGTH = 6;

  private HebrewConsonants() {}

  /** Whether the text holds a Hebrew letter. */
  static boolean isHebrew(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW);
  }

  /**
   * The consonant key of a name in Hebrew letters, word by word with spaces between; a word with no
   * consonant and the legal form בע"מ (Ltd.) are left out.
   */
  static String ofHebrew(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[\\s\\-־,.()]+")) {
      String w = word.replaceAll("[\"'״׳\u05b0-\u05c7]", "");
      if (w.isEmpty() || w.equals("בעמ")) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        switch (c) {
          case 'ב' -> add(key, 'b');
          case 'ג' -> add(key, 'g');
          case 'ד' -> add(key, 'd');
          case 'ו' -> {
            // a vav that starts a word, or a doubled one, is the consonant v; otherwise o or u
            if (i == 0 || next == 'ו') {
              add(key, 'b');
              if (next == 'ו') {
                i++;
              }
            }
          }
          case 'ז', 'ס', 'ש', 'צ', 'ץ' -> add(key, 's');
          case 'ח', 'כ', 'ך', 'ק' -> add(key, 'k');
          case 'ט', 'ת' -> add(key, 't');
          case 'ל' -> add(key, 'l');
          case 'מ', 'ם' -> add(key, 'm');
          case 'נ', 'ן' -> add(key, 'n');
          case 'פ', 'ף' -> add(key, 'p');
          case 'ר' -> add(key, 'r');
          default -> {
            // א, ה, ע, י: a vowel or nothing
          }
        }
      }
      if (key.length() > 0) {
        words.add(key.toString());
      }
    }
    return String.join(" ", words);
  }

  /** The consonant key of a name's words written in Latin letters (lower case, no accents). */
  static String ofLatin(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        switch (c) {
          case 'b', 'v', 'w' -> add(key, 'b');
          case 'c' -> {
            if (next == 'h') {
              add(key, 'k');
              i++;
            } else {
              add(key, next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            }
          }
          case 'k' -> {
            add(key, 'k');
            if (next == 'h') {
              i++;
            }
          }
          case 'q' -> add(key, 'k');
          case 'x' -> {
            add(key, 'k');
            add(key, 's');
          }
          case 's' -> {
            add(key, 's');
            if (next == 'h') {
              i++;
            }
          }
          case 'z' -> add(key, 's');
          case 't' -> {
            if (next == 's' || next == 'z') {
              add(key, 's');
              i++;
            } else {
              add(key, 't');
              if (next == 'h') {
                i++;
              }
            }
          }
          case 'p' -> {
            add(key, 'p');
            if (next == 'h') {
              i++;
            }
          }
          case 'f' -> add(key, 'p');
          case 'j' -> add(key, 'g');
          case 'd', 'g', 'l', 'm', 'n', 'r' -> add(key, c);
          default -> {
            // vowels, y, a lone h (ה, or a silent letter), digits
          }
        }
      }
      if (key.length() > 0) {
        out.add(key.toString());
      }
    }
    return String.join(" ", out);
  }

  /** The number of consonants in a key. */
  static int length(String key) {
    return key.replace(" ", "").length();
  }

  private static void add(StringBuilder b, char c) {
    if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
      b.append(c);
    }
  }
}
