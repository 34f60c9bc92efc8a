package org.sightline.core.screen;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a company name into its {@link NameForm}: Unicode NFKC with case folding; Chinese names
 * lose their legal form, have leading place names and trailing business words ("技术") put into Latin
 * and English, and the rest transliterated to pinyin run together ("华为" → "huawei"); other scripts
 * (Cyrillic, Greek, Arabic...) are transliterated to Latin; then accents, punctuation, stop words
 * and legal forms at either end go, and abbreviations are expanded. Thread-safe.
 */
final class NameNormalizer {
  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern JOINERS = Pattern.compile("[.'’`ʼ]");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}.])(\\p{L}{3,})\\.(?!\\p{L})");

  /** ICU transliterators are not safe for concurrent use; each thread keeps its own. */
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  /** Traditional characters to simplified, so that one set of Chinese word lists serves both. */
  private static final ThreadLocal<Transliterator> TRADITIONAL_TO_SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

  private static final ThreadLocal<Transliterator> HAN_TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  private final NameWords words;

  /** The word lists this normalizer reads names with. */
  NameWords words() {
    return words;
  }

  NameNormalizer(NameWords words) {
    this.words = words;
  }

  NameForm normalize(String raw) {
    String original = raw == null ? "" : raw;
    List<String> steps = new ArrayList<>();
    String folded = FOLD.normalize(original);
    String latin = toLatin(folded, steps);
    String plain = stripAccents(latin);
    if (!plain.chars().allMatch(c -> c < 0x80)) {
      // Letters without a decomposition (ø, ł, đ) and symbols that still read as Latin.
      plain = LATIN_TO_ASCII.get().transliterate(plain);
    }
    if (!plain.equals(latin)) {
      steps.add("accents removed");
    }
    plain = plain.replace("&", " and ");
    Set<String> dotted = dottedWords(plain);
    plain = joinHyphenatedSyllables(plain, steps);
    List<String> tokens = splitWords(plain);
    tokens = withoutToneNumbers(tokens, steps);
    tokens = PinyinUmlaut.read(tokens, words, steps);
    tokens = joinSyllables(tokens, steps);
    dropStopWords(tokens);
    joinCountryNames(tokens, steps);
    removeLegalForms(tokens, steps);
    List<String> truncated = new ArrayList<>();
    tokens = expandAbbreviations(tokens, steps, dotted, truncated);
    byte[] kinds = new byte[tokens.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = kind(tokens.get(i));
    }
    return NameForm.of(original, tokens, kinds, steps, truncations(truncated));
  }

  /**
   * The words of three letters or more written with a full stop after them ("Tech.", "Secur."), as
   * lower-case words: a word cut short. Initials ("S.A.") are not such words.
   */
  private static Set<String> dottedWords(String plain) {
    if (plain.indexOf('.') < 0) {
      return Set.of();
    }
    Set<String> dotted = new HashSet<>();
    Matcher m = DOTTED.matcher(plain);
    while (m.find()) {
      dotted.add(m.group(1));
    }
    return dotted;
  }

  /**
   * The truncations per word as {@link NameForm#truncations} keeps them: null when there are none.
   */
  private static String[] truncations(List<String> truncated) {
    for (String t : truncated) {
      if (t != null) {
        return truncated.toArray(new String[0]);
      }
    }
    return null;
  }

  private byte kind(String token) {
    if (words.generic.contains(token)) {
      return NameForm.GENERIC;
    }
    if (words.legalWords.contains(token)) {
      return NameForm.LEGAL;
    }
    if (words.descriptive.contains(token)) {
      return NameForm.DESCRIPTIVE;
    }
    if (words.localities.contains(token)) {
      return NameForm.LOCALITY;
    }
    if (words.qualifiers.contains(token)) {
      return NameForm.PLACE;
    }
    return NameForm.NORMAL;
  }

  /** Chinese runs and runs of other non-Latin scripts in Latin letters; the rest as it is. */
  private String toLatin(String s, List<String> steps) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      UnicodeScript script = UnicodeScript.of(cp);
      if (script == UnicodeScript.HAN || (Character.isLetter(cp) && !isLatin(script))) {
        if (out == null) {
          out = new StringBuilder(s.length() * 3).append(s, 0, i);
        }
        int end = runEnd(s, i, script == UnicodeScript.HAN);
        String run = s.substring(i, end);
        if (script == UnicodeScript.HAN) {
          out.append(' ').append(chinese(run, steps)).append(' ');
        } else {
          String latin = TO_LATIN.get().transliterate(run);
          if (script == UnicodeScript.HANGUL) {
            // ICU marks syllable boundaries with hyphens ("hyeondaeoto-ebeo"); a Korean name is
            // written without spaces inside its words, and so is its romanization.
            latin = latin.replace("-", "");
          }
          out.append(latin);
          note(steps, name(script) + " → Latin");
        }
        i = end;
      } else {
        if (out != null) {
          out.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean isLatin(UnicodeScript script) {
    return script == UnicodeScript.LATIN
        || script == UnicodeScript.COMMON
        || script == UnicodeScript.INHERITED;
  }

  /** Where a run of Chinese (or of another non-Latin script, spaces included) ends. */
  private static int runEnd(String s, int start, boolean han) {
    int i = start;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      UnicodeScript script = UnicodeScript.of(cp);
      boolean inRun =
          han
              ? script == UnicodeScript.HAN
              : script != UnicodeScript.HAN && !(Character.isLetter(cp) && isLatin(script));
      if (!inRun) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /**
   * A Chinese name in Latin words: legal forms at the end removed, place names at the start in
   * pinyin, business words at the end in English, and what is left (the name proper) in pinyin
   * without spaces, so "浙江大华技术股份有限公司" reads "zhejiang dahua technology".
   */
  private String chinese(String run, List<String> steps) {
    String s = TRADITIONAL_TO_SIMPLIFIED.get().transliterate(run);
    if (!s.equals(run)) {
      note(steps, "traditional characters → simplified");
    }
    for (boolean removed = true; removed; ) {
      removed = false;
      for (String legal : words.hanLegal) {
        if (s.length() > legal.length() && s.endsWith(legal)) {
          s = s.substring(0, s.length() - legal.length());
          note(steps, "legal form " + legal + " removed");
          removed = true;
          break;
        }
      }
    }
    List<String> head = new ArrayList<>();
    for (boolean found = true; found; ) {
      found = false;
      for (Map.Entry<String, String> place : words.hanPlaces.entrySet()) {
        if (s.startsWith(place.getKey())) {
          head.add(place.getValue());
          note(steps, place.getKey() + " → " + place.getValue());
          s = s.substring(place.getKey().length());
          found = true;
          break;
        }
      }
    }
    List<String> tail = new ArrayList<>();
    for (boolean found = true; found; ) {
      found = false;
      for (Map.Entry<String, String> word : words.hanWords.entrySet()) {
        if (s.endsWith(word.getKey())) {
          tail.add(0, word.getValue());
          note(steps, word.getKey() + " → " + word.getValue());
          s = s.substring(0, s.length() - word.getKey().length());
          found = true;
          break;
        }
      }
    }
    StringBuilder out = new StringBuilder(String.join(" ", head));
    if (!s.isEmpty()) {
      out.append(' ').append(HAN_TO_LATIN.get().transliterate(s).replace(" ", ""));
      note(steps, "Han → Latin (pinyin)");
    }
    return out.append(' ').append(String.join(" ", tail)).toString();
  }

  /**
   * A word written syllable-hyphen-syllable ("Zhe-jiang", "Ji-shu") is the one word it spells when
   * every part is a pinyin syllable and not all are everyday English words ("Long-Men" stays two).
   */
  private String joinHyphenatedSyllables(String plain, List<String> steps) {
    Matcher m = HYPHENATED.matcher(plain);
    StringBuilder out = new StringBuilder();
    boolean joined = false;
    while (m.find()) {
      List<String> parts = List.of(m.group().split("[-\u2010]"));
      boolean spelled =
          parts.stream().allMatch(words.pinyinSyllables::contains)
              && !parts.stream().allMatch(EnglishWords::contains);
      joined |= spelled;
      m.appendReplacement(
          out, Matcher.quoteReplacement(spelled ? String.join("", parts) : m.group()));
    }
    m.appendTail(out);
    if (joined) {
      note(steps, "hyphenated pinyin syllables joined");
    }
    return out.toString();
  }

  /**
   * Pinyin written with tone numbers ("Hua2wei2", "Ji4 shu4") as its syllables without them, so it
   * is read as pinyin written with tone marks or none is; a word whose letters between the digits
   * are not all pinyin syllables ("G5", "A4Tech") is left as it is.
   */
  private List<String> withoutToneNumbers(List<String> tokens, List<String> steps) {
    List<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      List<String> syllables =
          hasDigit(t) && TONE_NUMBERED.matcher(t).matches() ? toneSyllables(t) : null;
      if (syllables != null && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null) {
        if (syllables == null) {
          out.add(t);
        } else {
          out.addAll(syllables);
          note(steps, "tone numbers removed");
        }
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean hasDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern TONE_NUMBERED = Pattern.compile("(?:[a-z]{1,6}[1-5])+");

  /** The pinyin syllables of one letter, which the word list leaves out. */
  private static final java.util.Set<String> SINGLE_VOWELS = java.util.Set.of("a", "e", "o");

  private List<String> toneSyllables(String token) {
    List<String> out = new ArrayList<>();
    for (String part : token.split("[1-5]")) {
      if (!words.pinyinSyllables.contains(part) && !SINGLE_VOWELS.contains(part)) {
        return null;
      }
      out.add(part);
    }
    return out;
  }

  /**
   * A Chinese name written syllable by syllable ("Hai Kang Wei Shi", "Yun Cong Ke Ji") as the words
   * it spells: each run of two or more pinyin syllables is joined, except that the words of the
   * lists ("keji", "youxian gongsi", "hangzhou") stay words of their own, so it reads as the same
   * name written with Chinese characters ("haikangweishi", "yuncong technology"). A run that holds
   * a stop word ("de la") or only everyday English words ("Long Men") is left as it is.
   */
  private List<String> joinSyllables(List<String> tokens, List<String> steps) {
    List<String> out = null;
    // A name of pinyin syllables only ("Da Hua Ji Shu", "Tian Di Wei Ye") is read syllable by
    // syllable throughout: its "da" or "di" is a syllable, not the stop word of another language.
    boolean allSyllables =
        tokens.size() >= 3 && tokens.stream().allMatch(words.pinyinSyllables::contains);
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size()
          && words.pinyinSyllables.contains(tokens.get(end))
          && (allSyllables || !words.stopWords.contains(tokens.get(end)))) {
        end++;
      }
      List<String> run = tokens.subList(i, end);
      if (run.size() >= 2 && !run.stream().allMatch(EnglishWords::contains)) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, i));
        }
        out.addAll(spelledWords(run));
        note(steps, "pinyin syllables joined");
        i = end;
      } else {
        if (out != null) {
          out.addAll(run.isEmpty() ? List.of(tokens.get(i)) : run);
        }
        i = run.isEmpty() ? i + 1 : end;
      }
    }
    return out == null ? tokens : out;
  }

  /** Syllables run together, the longest listed word (of up to four syllables) first. */
  private List<String> spelledWords(List<String> syllables) {
    List<String> out = new ArrayList<>();
    StringBuilder proper = new StringBuilder();
    int i = 0;
    while (i < syllables.size()) {
      String word = null;
      int length = 0;
      for (int n = Math.min(4, syllables.size() - i); n >= 2 && word == null; n--) {
        String joined = String.join("", syllables.subList(i, i + n));
        if (words.pinyinWords.contains(joined)) {
          word = joined;
          length = n;
        }
      }
      if (word == null) {
        proper.append(syllables.get(i));
        i++;
        continue;
      }
      if (proper.length() > 0) {
        out.add(proper.toString());
        proper.setLength(0);
      }
      out.add(word);
      i += length;
    }
    if (proper.length() > 0) {
      out.add(proper.toString());
    }
    return out;
  }

  /**
   * A country name of several words as one word ("Hong Kong" → "hongkong"), so it reads as a
   * country, as "Kenya" does, and not as words of a name ("IBM United Kingdom", "Orange Côte
   * d'Ivoire").
   */
  private void joinCountryNames(List<String> tokens, List<String> steps) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      for (int n = Math.min(4, tokens.size() - i); n >= 2; n--) {
        String country = words.countryPhrases.get(tokens.subList(i, i + n));
        if (country != null) {
          note(steps, String.join(" ", tokens.subList(i, i + n)) + " → " + country);
          tokens.subList(i + 1, i + n).clear();
          tokens.set(i, country);
          break;
        }
      }
    }
  }

  private void dropStopWords(List<String> tokens) {
    if (tokens.stream().anyMatch(t -> !words.stopWords.contains(t))) {
      tokens.removeIf(words.stopWords::contains);
    }
  }

  /** Legal forms at the start or the end, again and again, but never the whole name. */
  private void removeLegalForms(List<String> tokens, List<String> steps) {
    // legal-form words compared in the list's spelling, whichever system romanized them
    List<String> listed = inListedSpelling(tokens);
    for (boolean removed = true; removed && !tokens.isEmpty(); ) {
      removed = false;
      // only a form beginning with the name's first word or ending with its last can be removed;
      // they are tried in the list's order
      int[] atEnd = words.legalFormsByEdgeWord.get(listed.get(listed.size() - 1));
      int[] atStart = words.legalFormsByEdgeWord.get(listed.get(0));
      for (int f : inOrder(atEnd, atStart)) {
        List<String> form = words.legalForms.get(f);
        int n = form.size();
        if (tokens.size() <= n) {
          continue;
        }
        if (listed.subList(tokens.size() - n, tokens.size()).equals(form)) {
          tokens.subList(tokens.size() - n, tokens.size()).clear();
          if (listed != tokens) {
            listed.subList(listed.size() - n, listed.size()).clear();
          }
        } else if (listed.subList(0, n).equals(form)) {
          tokens.subList(0, n).clear();
          if (listed != tokens) {
            listed.subList(0, n).clear();
          }
        } else {
          continue;
        }
        note(steps, "legal form '" + String.join(" ", form) + "' removed");
        removed = true;
        break;
      }
    }
  }

  private static final int[] NONE = new int[0];

  /** Two ascending arrays (either may be null) as one, ascending, without repeats. */
  private static int[] inOrder(int[] a, int[] b) {
    if (a == null || a == b) {
      return b == null ? NONE : b;
    }
    if (b == null) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      out[n++] = next;
      while (i < a.length && a[i] == next) {
        i++;
      }
      while (j < b.length && b[j] == next) {
        j++;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private List<String> inListedSpelling(List<String> tokens) {
    List<String> listed = null;
    for (int i = 0; i < tokens.size(); i++) {
      String spelling = words.legalSpellings.get(tokens.get(i));
      if (spelling != null) {
        if (listed == null) {
          listed = new ArrayList<>(tokens);
        }
        listed.set(i, spelling);
      }
    }
    return listed == null ? tokens : listed;
  }

  /**
   * The words with abbreviations expanded. {@code truncated} receives, word for word, the word as
   * written where it is a word cut short (null otherwise): an abbreviation of the lists that begins
   * its expansion ("tech" for "technology", "sec" for "security"), or a word written with a full
   * stop after it ({@code dotted}); such a word may stand for another word it begins ("Tech." for
   * "Technical"), see {@link NameForm#truncationOf}.
   */
  private List<String> expandAbbreviations(
      List<String> tokens, List<String> steps, Set<String> dotted, List<String> truncated) {
    List<String> out = new ArrayList<>(tokens.size() + 2);
    for (String t : tokens) {
      List<String> full = words.abbreviations.get(t);
      boolean listed = full != null;
      if (full == null && t.length() >= NameWords.SOUNDED && !EnglishWords.contains(t)) {
        full = words.abbreviationsBySound.get(WordSimilarity.soundKey(t));
      }
      String slipOf = full == null ? words.listedSlips.of(t) : null;
      if (slipOf != null) {
        full = words.abbreviations.getOrDefault(slipOf, List.of(slipOf));
        note(steps, ListedSlips.step(t, slipOf));
      }
      if (full == null) {
        out.add(t);
        truncated.add(t.length() >= NameForm.TRUNCATION && dotted.contains(t) ? t : null);
      } else {
        out.addAll(full);
        boolean cut =
            listed
                && full.size() == 1
                && t.length() >= NameForm.TRUNCATION
                && full.get(0).startsWith(t)
                && full.get(0).length() > t.length();
        for (int i = 0; i < full.size(); i++) {
          truncated.add(cut ? t : null);
        }
        note(steps, t + " → " + String.join(" ", full));
      }
    }
    return out;
  }

  private static void note(List<String> steps, String step) {
    if (!steps.contains(step)) {
      steps.add(step);
    }
  }

  private static String name(UnicodeScript script) {
    String n = script.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /**
   * The words of a folded, accent-free text as {@link #normalize} splits them: apostrophes and dots
   * join ("D'Ivoire" → "divoire"), any other non-letter, non-digit separates. A mutable list.
   */
  static List<String> splitWords(String plain) {
    String spaced = NOT_WORD.matcher(JOINERS.matcher(plain).replaceAll("")).replaceAll(" ").trim();
    return spaced.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(spaced.split(" ")));
  }

  static String stripAccents(String s) {
    if (s.chars().allMatch(c -> c < 0x80)) {
      return s;
    }
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }
}
