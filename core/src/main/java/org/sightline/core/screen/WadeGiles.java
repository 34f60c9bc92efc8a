package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chinese names romanized in Wade–Giles, as Taiwan and older texts write them ("Chung-hsing",
 * "Hai-k'ang Wei-shih"), read as the pinyin the register's Chinese names are compared in
 * ("zhongxing", "haikang weishi"). A word is read so only when it is written syllable-hyphen-
 * syllable (or carries Wade–Giles's apostrophe of aspiration) and every syllable is a Wade–Giles
 * syllable whose pinyin is a pinyin syllable. Wade–Giles tells k (pinyin g) from k' (pinyin k) only
 * by the apostrophe, which is often left out; without it both readings are given.
 */
final class WadeGiles {
  /** At most this many readings of one name (each is matched in full). */
  static final int MAX_READINGS = 8;

  /** The fewest letters of a word read as two Wade–Giles syllables run together. */
  static final int RUN_TOGETHER = 6;

  private static final String APOSTROPHES = "'’‘`ʻ";

  /** Punctuation before a word and after it (an apostrophe at its end stays). */
  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'’‘`ʻ]+$");

  /** Initials, longest first, with their pinyin unaspirated and aspirated (after an apostrophe). */
  private static final String[][] INITIALS = {
    {"ch", "zh", "ch"},
    {"hs", "x", "x"},
    {"ts", "z", "c"},
    {"tz", "z", "c"},
    {"ss", "s", "s"},
    {"sz", "s", "s"},
    {"sh", "sh", "sh"},
    {"k", "g", "k"},
    {"p", "b", "p"},
    {"t", "d", "t"},
    {"j", "r", "r"},
    {"m", "m", "m"},
    {"f", "f", "f"},
    {"n", "n", "n"},
    {"l", "l", "l"},
    {"h", "h", "h"},
    {"s", "s", "s"},
    {"w", "w", "w"},
    {"y", "y", "y"},
    {"", "", ""},
  };

  private static final Set<String> ASPIRABLE = Set.of("ch", "ts", "tz", "k", "p", "t");

  private WadeGiles() {}

  /**
   * The name with its Wade–Giles words in pinyin, one text per reading (at most {@link
   * #MAX_READINGS}); empty when no word of the name reads as Wade–Giles.
   */
  static List<String> pinyinReadings(String name, Set<String> pinyinSyllables) {
    if (!mayBeWadeGiles(name)) {
      return List.of();
    }
    String[] words = name.strip().split("\\s+");
    String[] stripped = new String[words.length];
    List<List<String>> read = new ArrayList<>(words.length);
    for (int w = 0; w < words.length; w++) {
      stripped[w] = EDGES.matcher(words[w]).replaceAll("");
      read.add(stripped[w].isEmpty() ? null : readWord(stripped[w], pinyinSyllables));
    }
    readSpacedSyllables(words, stripped, read, pinyinSyllables);
    List<StringBuilder> readings = new ArrayList<>(List.of(new StringBuilder()));
    boolean any = false;
    for (int w = 0; w < words.length; w++) {
      List<String> pinyin = read.get(w);
      List<String> options = pinyin == null ? List.of(words[w]) : pinyin;
      any |= pinyin != null;
      List<StringBuilder> next = new ArrayList<>();
      for (StringBuilder r : readings) {
        for (String o : options) {
          if (next.size() < MAX_READINGS) {
            next.add(new StringBuilder(r).append(r.length() == 0 ? "" : " ").append(o));
          }
        }
      }
      readings = next;
    }
    return any ? readings.stream().map(StringBuilder::toString).toList() : List.of();
  }

  /**
   * Words written syllable by syllable with spaces ("Chung Hsing", "Hai K'ang Wei Shih"): a run of
   * two or more words that are each one Wade–Giles syllable is read syllable by syllable (the
   * normalizer then joins the pinyin syllables into the words they spell), when one of them is
   * written as pinyin never writes a syllable ("hsing", "shih", "chung", "tsai") and they are not
   * all everyday English words. Runs of words that are all pinyin syllables too ("Hua Wei") are
   * left as written, as pinyin.
   */
  private static void readSpacedSyllables(
      String[] words, String[] stripped, List<List<String>> read, Set<String> pinyinSyllables) {
    List<List<String>> syllable = new ArrayList<>(words.length);
    for (String edgeless : stripped) {
      String w = edgeless.toLowerCase(Locale.ROOT).replace('ü', 'v');
      boolean oneSyllable = !w.isEmpty() && w.length() <= SYLLABLE_LETTERS && w.indexOf('-') < 0;
      syllable.add(oneSyllable ? readSyllable(w, pinyinSyllables) : null);
    }
    int i = 0;
    while (i < words.length) {
      int end = i;
      boolean wadeGilesOnly = false;
      boolean allEnglish = true;
      while (end < words.length && syllable.get(end) != null) {
        String w = NOT_LETTER.matcher(words[end].toLowerCase(Locale.ROOT)).replaceAll("");
        wadeGilesOnly |= !pinyinSyllables.contains(w) || hasApostrophe(words[end]);
        allEnglish &= EnglishWords.contains(w);
        end++;
      }
      if (end - i >= 2 && wadeGilesOnly && !allEnglish) {
        for (int k = i; k < end; k++) {
          read.set(k, syllable.get(k));
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** What a word is compared without when it is looked up as pinyin or English. */
  private static final Pattern NOT_LETTER = Pattern.compile("[^a-zü]");

  /** The most letters of one Wade–Giles syllable, its apostrophe included ("ch'uang"). */
  private static final int SYLLABLE_LETTERS = 7;

  private static boolean hasApostrophe(String word) {
    return word.chars().anyMatch(c -> APOSTROPHES.indexOf(c) >= 0);
  }

  /**
   * Whether the name has a hyphen or an apostrophe at all (most names have neither), or a word run
   * together that only Wade–Giles writes so ({@link #runTogether}).
   */
  private static boolean mayBeWadeGiles(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || APOSTROPHES.indexOf(c) >= 0) {
        return true;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    // hs, ung, ih (shih, chih), ts and tz (tsai, tzu) are spellings pinyin never writes
    return lower.contains("hs")
        || lower.contains("ung")
        || lower.contains("ih")
        || lower.contains("ts")
        || lower.contains("tz");
  }

  /**
   * Whether a word without hyphen or apostrophe may be two Wade–Giles syllables run together
   * ("Chunghsing"): it has hs or ung, which pinyin never writes, and is no everyday English word
   * ("young", "hung").
   */
  private static boolean runTogether(String w) {
    return w.length() >= RUN_TOGETHER
        && (w.contains("hs") || w.contains("ung"))
        && !EnglishWords.contains(w);
  }

  /**
   * The pinyin readings of a word of two Wade–Giles syllables run together, each split of it into
   * two syllables read in turn; null when no split reads.
   */
  private static List<String> readRunTogether(String w, Set<String> pinyinSyllables) {
    List<String> readings = new ArrayList<>();
    for (int cut = 2; cut <= w.length() - 2; cut++) {
      List<String> first = readSyllable(w.substring(0, cut), pinyinSyllables);
      List<String> second = first == null ? null : readSyllable(w.substring(cut), pinyinSyllables);
      if (second == null) {
        continue;
      }
      for (String a : first) {
        for (String b : second) {
          if (readings.size() < MAX_READINGS && !readings.contains(a + b)) {
            readings.add(a + b);
          }
        }
      }
    }
    return readings.isEmpty() ? null : readings;
  }

  /** The pinyin readings of one word written in Wade–Giles, or null if it is not so written. */
  static List<String> readWord(String word, Set<String> pinyinSyllables) {
    String w = word.toLowerCase(Locale.ROOT).replace('ü', 'v');
    boolean hyphenated = w.indexOf('-') > 0;
    boolean apostrophe = w.chars().anyMatch(c -> APOSTROPHES.indexOf(c) >= 0);
    if (!hyphenated && !apostrophe) {
      return runTogether(w) ? readRunTogether(w, pinyinSyllables) : null;
    }
    List<String> readings = new ArrayList<>(List.of(""));
    for (String part : w.split("-")) {
      List<String> syllable = readSyllable(part, pinyinSyllables);
      if (syllable == null) {
        return null;
      }
      List<String> next = new ArrayList<>();
      for (String r : readings) {
        for (String s : syllable) {
          if (next.size() < MAX_READINGS) {
            next.add(r + s);
          }
        }
      }
      readings = next;
    }
    return readings;
  }

  private static List<String> readSyllable(String part, Set<String> pinyinSyllables) {
    if (part.isEmpty()) {
      return null;
    }
    for (String[] initial : INITIALS) {
      if (!part.startsWith(initial[0])) {
        continue;
      }
      String rest = part.substring(initial[0].length());
      boolean aspirated = !rest.isEmpty() && APOSTROPHES.indexOf(rest.charAt(0)) >= 0;
      if (aspirated) {
        rest = rest.substring(1);
      }
      if (rest.isEmpty()
          || rest.chars().anyMatch(c -> c < 'a' || c > 'z')
          || (initial[0].isEmpty() && "aeo".indexOf(rest.charAt(0)) < 0)) {
        continue;
      }
      List<String> initials = new ArrayList<>();
      if (aspirated) {
        initials.add(initial[2]);
      } else {
        initials.add(initial[1]);
        // the apostrophe is often left out: the aspirated reading too
        if (ASPIRABLE.contains(initial[0]) && !initial[2].equals(initial[1])) {
          initials.add(initial[2]);
        }
      }
      List<String> out = new ArrayList<>();
      for (String pinyinInitial : initials) {
        String syllable = pinyinInitial(pinyinInitial, rest) + pinyinFinal(initial[0], rest);
        if (pinyinSyllables.contains(syllable) && !out.contains(syllable)) {
          out.add(syllable);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return null;
  }

  /** ch and ch' before i or ü are pinyin j and q. */
  private static String pinyinInitial(String initial, String rest) {
    boolean front = rest.startsWith("i") || rest.startsWith("v");
    if (front && initial.equals("zh")) {
      return "j";
    }
    if (front && initial.equals("ch")) {
      return "q";
    }
    return initial;
  }

  private static String pinyinFinal(String wgInitial, String rest) {
    if (rest.equals("ih")) {
      return "i"; // shih, chih, jih
    }
    if (rest.equals("u") && Set.of("ts", "tz", "ss", "sz").contains(wgInitial)) {
      return "i"; // tzu, ssu
    }
    if (rest.equals("o") && Set.of("k", "h").contains(wgInitial)) {
      return "e"; // ko, k'o, ho
    }
    if (wgInitial.equals("y")) {
      switch (rest) {
        case "eh":
          return "e";
        case "en":
          return "an";
        case "u":
          return "ou";
        case "v":
          return "u";
        case "ung":
          return "ong";
        case "veh":
          return "ue";
        case "van":
          return "uan";
        case "vn":
          return "un";
        default:
          break;
      }
    }
    String f = rest;
    if (f.endsWith("ieh")) {
      f = f.substring(0, f.length() - 3) + "ie";
    } else if (f.endsWith("ien")) {
      f = f.substring(0, f.length() - 3) + "ian";
    } else if (f.endsWith("veh") || f.endsWith("ueh")) {
      f = f.substring(0, f.length() - 3) + "ue";
    } else if (f.equals("erh")) {
      f = "er";
    } else if (f.endsWith("ung")) {
      f = f.substring(0, f.length() - 3) + "ong";
    }
    // ü after j, q, x is written u in pinyin
    return f.replace('v', 'u');
  }
}
