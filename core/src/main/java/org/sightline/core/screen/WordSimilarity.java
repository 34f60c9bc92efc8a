package org.sightline.core.screen;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two words are one word misspelt or transliterated otherwise, and how alike they are: the
 * word-level half of {@link NameScorer}, also used by {@link NameIndex} to find the register's
 * words near a screened word.
 */
final class WordSimilarity {
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /**
   * The similarity of a four-letter word with two neighbours swapped behind its first letter, which
   * Jaro-Winkler puts at 0.917-0.925: as alike as the threshold for such short words asks.
   */
  static final double SHORT_SWAP = 0.93;

  /** How alike two spellings of one word by two romanization systems are (equal sound keys). */
  static final double TRANSLITERATED = 0.95;

  /** The fewest sounds of a key that makes two words of different letters one word. */
  static final int SOUNDS_ALIKE = 5;

  /** The most letters of a word's ending that {@link #otherEnding} reads as another ending. */
  static final int ENDING = 3;

  private WordSimilarity() {}

  /**
   * 1 for equal words; Jaro–Winkler for words close enough to be one word misspelt (at least 0.93
   * for words of four or five letters, 0.88 for longer ones); 0 otherwise, and always 0 for words
   * of up to three letters that differ ("ZTE" is not "ZTT").
   */
  static double of(String x, String y) {
    return of(x, NameForm.mask(x), y, NameForm.mask(y));
  }

  /**
   * The same, with the words' letter sets ({@link NameForm#mask}) given: words sharing less than
   * half their letters are not compared further (no misspelling or transliteration is that far).
   */
  static double of(String x, long xMask, String y, long yMask) {
    return of(x, xMask, null, y, yMask, null);
  }

  /**
   * The same, with the words' {@link #soundKey}s given where the caller keeps them (null to have
   * them computed when needed): the index compares one screened word with many registered ones.
   */
  static double of(String x, long xMask, String xSound, String y, long yMask, String ySound) {
    if (x.equals(y)) {
      return 1;
    }
    double similarity = alike(x, xMask, xSound, y, yMask, ySound);
    return similarity > 0 && otherPinyinName(x, y) ? 0 : similarity;
  }

  /**
   * Whether two different words both spell Chinese syllables in pinyin, as many each, and a
   * syllable of one begins with another letter than the other's: each syllable is a character, so
   * they name different things ("zhonghang" and "zhongxing"). Syllables that begin alike may be one
   * character read two ways ("tiandi" and "tiande" for 天地, "baike" and "boke" for 柏科).
   */
  static boolean otherPinyinName(String x, String y) {
    NameWords words = NameWords.bundled();
    List<String> xs = words.syllables(x);
    if (xs.size() < 2) {
      return false;
    }
    List<String> ys = words.syllables(y);
    if (ys.size() != xs.size()) {
      return false;
    }
    for (int i = 0; i < xs.size(); i++) {
      if (xs.get(i).charAt(0) != ys.get(i).charAt(0)) {
        return true;
      }
    }
    return false;
  }

  private static double alike(
      String x, long xMask, String xSound, String y, long yMask, String ySound) {
    if (2 * Long.bitCount(xMask & yMask) < Long.bitCount(xMask | yMask)) {
      // One name romanized by two systems may share few letters ("khuavej" from Cyrillic,
      // "huawei") and still sound alike: where the caller kept both sound keys, equal ones of five
      // sounds or more are one word.
      return xSound != null
              && ySound != null
              && xSound.length() >= SOUNDS_ALIKE
              && xSound.equals(ySound)
          ? TRANSLITERATED
          : 0;
    }
    int shorter = Math.min(x.length(), y.length());
    int longer = Math.max(x.length(), y.length());
    if (shorter < 4 || longer - shorter > Math.max(2, longer / 4) || extendsWord(x, y)) {
      return 0;
    }
    // A misspelling is at most two edits: "Securitas" is not "Securiport", however alike they
    // start. Two edits change the length by two at most and the set of letters by four at most
    // (as many bits of the masks), so words further apart skip Jaro-Winkler and the edit counts,
    // which could only say no.
    if (longer - shorter <= 2 && Long.bitCount(xMask ^ yMask) <= 4) {
      double jw = JARO_WINKLER.apply(x, y);
      // Two neighbours swapped behind the first letter are a slip however short the word
      // ("taem", where Jaro-Winkler puts them as far apart as a wrong letter) and in a plural
      // ("sytsems"), unless both spellings are everyday words ("form", "from").
      if ((swappedAfterFirst(x, x.length(), y, y.length())
              || swappedAfterFirst(x, stem(x), y, stem(y)))
          && !bothEveryday(x, y)) {
        return Math.max(jw, SHORT_SWAP);
      }
      if (((jw >= (shorter <= 7 ? 0.93 : 0.88) && TWO_EDITS.apply(x, y) >= 0)
              || (shorter >= 5 && ONE_EDIT.apply(x, y) >= 0)
              || (shorter >= 5
                  && x.endsWith("s") != y.endsWith("s")
                  && ONE_EDIT.apply(singular(x), singular(y)) >= 0))
          && (mistyped(x, y) || mistyped(singular(x), singular(y)))
          && !otherEnding(x, y)) {
        return jw;
      }
    }
    // Spellings that differ the way transliterations do (w/v, y/j/i, c/k, ph/f...).
    String sx = xSound != null ? xSound : soundKey(x);
    String sy = ySound != null ? ySound : soundKey(y);
    if (sx.isEmpty() || sy.isEmpty() || sx.charAt(0) != sy.charAt(0)) {
      return 0;
    }
    if (sx.equals(sy)) {
      return TRANSLITERATED;
    }
    // Transliterations also differ in vowels ("hajtera", "hytera"): longer words whose sounds
    // agree in their consonants.
    if (shorter >= 6 && skeleton(sx).equals(skeleton(sy)) && skeleton(sx).length() >= 3) {
      return 0.9;
    }
    return 0;
  }

  /**
   * Whether two words of one length differ only by two neighbouring letters swapped, the first
   * letter kept ("taem", "team").
   */
  static boolean swappedAfterFirst(String x, String y) {
    return swappedAfterFirst(x, x.length(), y, y.length());
  }

  /** The same for the first {@code xn} letters of x and {@code yn} of y, without copying them. */
  private static boolean swappedAfterFirst(String x, int xn, String y, int yn) {
    if (xn != yn || xn < 2 || x.charAt(0) != y.charAt(0)) {
      return false;
    }
    int first = 1;
    while (first < xn && x.charAt(first) == y.charAt(first)) {
      first++;
    }
    if (first + 1 >= xn
        || x.charAt(first) != y.charAt(first + 1)
        || x.charAt(first + 1) != y.charAt(first)) {
      return false;
    }
    return x.regionMatches(first + 2, y, first + 2, xn - first - 2);
  }

  /** The length of a word without a plural's final s. */
  private static int stem(String w) {
    return w.endsWith("s") ? w.length() - 1 : w.length();
  }

  /**
   * Whether two words differ only in their last letters, by two edits that change a consonant: a
   * word of its own with another ending ("palantine", "palantir"), not a slip, which keeps the
   * consonants ("palanteer") or swaps two letters ("dermalgo").
   */
  static boolean otherEnding(String x, String y) {
    int shorter = Math.min(x.length(), y.length());
    int common = 0;
    while (common < shorter && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    if (Math.max(x.length(), y.length()) - common > ENDING) {
      return false;
    }
    String xt = x.substring(common);
    String yt = y.substring(common);
    return Math.max(xt.length(), yt.length()) <= ENDING
        && TWO_EDITS.apply(xt, yt) == 2
        && !swappedAfterFirst(x, y)
        && !sameConsonants(x, y);
  }

  private static boolean bothEveryday(String x, String y) {
    return EnglishWords.contains(x) && EnglishWords.contains(y);
  }

  /**
   * Whether one word is the other with an x where the other writes cs, ks or cks ("sitronix",
   * "sitronics"). Between two names written in Latin letters that is a brand's own spelling, not a
   * slip; a name read from Cyrillic writes any x as ks ("Интеллекса" for Intellexa), so there it
   * tells nothing.
   */
  static boolean xForCs(String x, String y) {
    if (x.indexOf('x') < 0 && y.indexOf('x') < 0) {
      return false;
    }
    for (String cs : new String[] {"cs", "ks", "cks"}) {
      if (x.replace("x", cs).equals(y) || y.replace("x", cs).equals(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one word is the other with letters added at its end, as another word is ("Nexans" and
   * "Nexa", "Cellnex" and "Cell"), not as a slip is: a plural's "s" or "es", or the last letter
   * typed twice ("Semlexx"), is a slip; one more letter is one after a word of six letters or more
   * ("Hikvisio"), where a short word is a name of its own ("Nexan").
   */
  static boolean extendsWord(String x, String y) {
    String shorter = x.length() < y.length() ? x : y;
    String longer = shorter == x ? y : x;
    if (!longer.startsWith(shorter)) {
      return false;
    }
    String added = longer.substring(shorter.length());
    if (added.equals("s") || added.equals("es")) {
      return false;
    }
    if (added.length() == 1) {
      return shorter.length() <= 5 && added.charAt(0) != shorter.charAt(shorter.length() - 1);
    }
    return true;
  }

  /**
   * Whether two different words differ the way a slip makes them differ: a letter left out or
   * added, two neighbours swapped, a vowel for a vowel or a letter for one that sounds alike
   * ("Dahwa", "BriefKam"); in words of seven letters or more any one letter, and two edits where
   * the consonants still agree ("Palanteer") or in words of eight letters or more. One consonant
   * for an unrelated one in a short word, or two edits that change the consonants of a shorter one,
   * make another name: "Camtek" is not "Camtel", "Hertz" is not "Herta", "Palatin" is not
   * "Palantir".
   */
  static boolean mistyped(String x, String y) {
    int length = x.length();
    if (length != y.length()) {
      return ONE_EDIT.apply(x, y) >= 0 || Math.min(length, y.length()) >= 8 || sameConsonants(x, y);
    }
    int first = -1;
    int second = -1;
    int differences = 0;
    for (int i = 0; i < length; i++) {
      if (x.charAt(i) != y.charAt(i)) {
        differences++;
        if (first < 0) {
          first = i;
        } else if (second < 0) {
          second = i;
        }
      }
    }
    if (differences == 1) {
      return length >= 7 || soundAlike(x.charAt(first), y.charAt(first));
    }
    boolean swapped =
        differences == 2
            && second == first + 1
            && x.charAt(first) == y.charAt(second)
            && x.charAt(second) == y.charAt(first);
    return swapped || length >= 8 || sameConsonants(x, y);
  }

  private static boolean soundAlike(char a, char b) {
    String vowels = "aeiouy";
    return (vowels.indexOf(a) >= 0 && vowels.indexOf(b) >= 0)
        || soundOf(a) == soundOf(b)
        || (soundOf(a) == 'v' && b == 'u')
        || (a == 'u' && soundOf(b) == 'v');
  }

  private static boolean sameConsonants(String x, String y) {
    return skeleton(soundKey(x)).equals(skeleton(soundKey(y)));
  }

  private static char soundOf(char c) {
    return switch (c) {
      case 'w' -> 'v';
      case 'y', 'j' -> 'i';
      case 'q', 'c' -> 'k';
      case 'z' -> 's';
      default -> c;
    };
  }

  /** A sound key without its vowels after the first letter. */
  private static String skeleton(String soundKey) {
    StringBuilder b = new StringBuilder(soundKey.length());
    for (int i = 0; i < soundKey.length(); i++) {
      char c = soundKey.charAt(i);
      if (i == 0 || "aeiou".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * A rough key of how a word sounds, so that one name written in Latin letters by different
   * transliteration systems meets itself: "huavej" (from Cyrillic) and "huawei", "kontsern" and
   * "koncern" (ц as ts or c), "tekhnologiy" and "tehnologij" (х as kh or h, й as y or j), "rossiya"
   * and "rossia" (я as ya or â), "cellebrajt" and "sellebrajt" (a c before e, i or y sounds s). A
   * letter sounding like the one before it counts once.
   */
  static String soundKey(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      switch (c) {
        case 'w' -> add(b, 'v');
        case 'y', 'j' -> {
          // ya, yu, ye, yo (and ja...) stand for one Cyrillic letter that others write â, û, ë
          if ("aeou".indexOf(next) < 0) {
            add(b, 'i');
          }
        }
        case 'q' -> add(b, 'k');
        case 'x' -> {
          add(b, 'k');
          add(b, 's');
        }
        case 'z' -> {
          add(b, 's');
          if (next == 'h') {
            i++;
          }
        }
        case 'c' -> {
          if (next == 'k' || next == 'h') {
            add(b, 'k');
            i++;
          } else {
            add(b, next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
          }
        }
        case 't' -> {
          if (next == 's' || next == 'z') {
            add(b, 's');
            i++;
          } else {
            add(b, 't');
          }
        }
        case 's' -> {
          add(b, 's');
          if (w.startsWith("hch", i + 1)) {
            i += 3;
          } else if (next == 'h') {
            i++;
          }
        }
        case 'p' -> {
          if (next == 'h') {
            add(b, 'f');
            i++;
          } else {
            add(b, 'p');
          }
        }
        case 'k' -> {
          if (next == 'h') {
            add(b, 'h');
            i++;
          } else {
            add(b, 'k');
          }
        }
        default -> add(b, c);
      }
    }
    return b.toString();
  }

  private static void add(StringBuilder b, char c) {
    if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
      b.append(c);
    }
  }
}
