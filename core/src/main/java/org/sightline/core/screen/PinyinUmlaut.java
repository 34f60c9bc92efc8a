package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pinyin's ü after l and n written as keyboards and passports write it: v ("Lv", "Nvxing", as input
 * methods type it) or yu ("Lyu", "Nyu", as passports write it), read as u, which is how ICU's
 * pinyin without tone marks gives 吕 and 女 ("lu", "nu"), so the three ways of writing one name meet.
 * A word is read so only when the u-reading splits into pinyin syllables and the word is no
 * everyday English word ("silver", "solve" keep their v).
 */
final class PinyinUmlaut {
  /** The step an explanation shows. */
  static final String STEP = "pinyin ü written v or yu read as u";

  /** The yu spellings, which stand alone as words of their own. */
  private static final Map<String, String> YU =
      Map.of("lyu", "lu", "nyu", "nu", "lyue", "lue", "nyue", "nue");

  /** The longest word read: a Chinese name proper run together is rarely longer. */
  private static final int MAX_LENGTH = 16;

  private PinyinUmlaut() {}

  /** The words with ü read as u where it was written v or yu; the same list when none was. */
  static List<String> read(List<String> tokens, NameWords words, List<String> steps) {
    List<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String read = reading(t, words);
      if (read != null && out == null) {
        out = new ArrayList<>(tokens);
        if (!steps.contains(STEP)) {
          steps.add(STEP);
        }
      }
      if (read != null) {
        out.set(i, read);
      }
    }
    return out == null ? tokens : out;
  }

  /** The u-reading of one word, or null when it has none. */
  static String reading(String word, NameWords words) {
    String yu = YU.get(word);
    if (yu != null) {
      return yu;
    }
    if (word.indexOf('v') < 0 || word.length() > MAX_LENGTH || !vOnlyAfterLOrN(word)) {
      return null;
    }
    String read = word.replace('v', 'u');
    if (EnglishWords.contains(word) || words.syllables(read).isEmpty()) {
      return null;
    }
    return read;
  }

  private static boolean vOnlyAfterLOrN(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == 'v'
          && (i == 0 || (word.charAt(i - 1) != 'l' && word.charAt(i - 1) != 'n'))) {
        return false;
      }
    }
    return true;
  }
}
