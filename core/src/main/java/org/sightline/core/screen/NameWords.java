package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.extract.text.BundledTsv;

/**
 * The word lists of name matching ({@code name-words.tsv} beside this class): legal forms,
 * abbreviations, generic words, place qualifiers, stop words, and the Chinese legal forms, place
 * names and business words with their English equivalents. Country names and demonyms of the
 * gazetteer are qualifiers as well.
 */
final class NameWords {
  private static final String RESOURCE = "/org/sightline/core/screen/name-words.tsv";
  private static volatile NameWords bundled;

  /** Legal forms as token sequences, longest first. */
  final List<List<String>> legalForms;

  /**
   * The positions in {@link #legalForms} of the forms that begin or end with a word, ascending:
   * only those can be removed from a name beginning or ending with it.
   */
  final Map<String, int[]> legalFormsByEdgeWord;

  /** Every word of a legal form: one left inside a name ("Siemens Ltd India") weighs little. */
  final Set<String> legalWords;

  final Map<String, List<String>> abbreviations;

  /**
   * Other spellings of legal-form words and the list's spelling ("akcionernoe", as ICU writes
   * акционерное, and "aktsionernoye" → "aktsionernoe"): a legal form is recognised whichever system
   * romanized it.
   */
  final Map<String, String> legalSpellings;

  /**
   * The lists' words (legal, abbreviations and what they stand for, generic, descriptive) by slip.
   */
  final ListedSlips listedSlips;

  /**
   * The abbreviations and variant spellings of {@value #SOUNDED} letters or more by their {@link
   * WordSimilarity#soundKey}, so that a word another transliteration system spells otherwise
   * ("tekhnologiy" for the list's "tehnologij") is read the same; keys that two different meanings
   * share are left out.
   */
  final Map<String, List<String>> abbreviationsBySound;

  static final int SOUNDED = 6;
  final Set<String> generic;
  final Set<String> descriptive;
  final Set<String> qualifiers;
  final Set<String> localities;
  final Set<String> stopWords;

  /** Chinese legal forms, longest first. */
  final List<String> hanLegal;

  /** Chinese place name → pinyin, longest first. */
  final Map<String, String> hanPlaces;

  /** Chinese business word → English words, longest first. */
  final Map<String, String> hanWords;

  /**
   * Country names of two words or more ("hong kong", "cote divoire", "united kingdom"), as the
   * normalizer's words, and the one word they are read as ("hongkong"), a qualifier like "kenya".
   */
  final Map<List<String>, String> countryPhrases;

  /**
   * The countries (ISO 3166-1 alpha-2) a one-word place reads as ("korea" → KR and KP, "kenyan" →
   * KE); regions ("africa") have none.
   */
  final Map<String, Set<String>> placeCountries;

  /** Mandarin syllables in pinyin without tones, of two letters or more ("hua", "wei"). */
  final Set<String> pinyinSyllables;

  /**
   * Words of these lists that are two or more pinyin syllables ("keji", "youxian", "hangzhou"): a
   * name written syllable by syllable ("Yun Cong Ke Ji") keeps them as words of their own.
   */
  final Set<String> pinyinWords;

  private NameWords(Map<String, List<String[]>> rows, Countries countries) {
    List<List<String>> legal = new ArrayList<>();
    for (String[] r : rows.getOrDefault("legal", List.of())) {
      legal.add(List.of(r[1].split(" ")));
    }
    legal.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed());
    this.legalForms = List.copyOf(legal);
    Map<String, List<Integer>> byEdge = new HashMap<>();
    for (int f = 0; f < legal.size(); f++) {
      List<String> form = legal.get(f);
      for (String edge : new HashSet<>(List.of(form.get(0), form.get(form.size() - 1)))) {
        byEdge.computeIfAbsent(edge, k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, int[]> edges = new HashMap<>();
    byEdge.forEach((w, fs) -> edges.put(w, fs.stream().mapToInt(Integer::intValue).toArray()));
    this.legalFormsByEdgeWord = Map.copyOf(edges);
    Set<String> legalWords = new HashSet<>();
    legal.forEach(legalWords::addAll);
    this.legalWords = Set.copyOf(legalWords);
    Map<String, List<String>> abbrev = new HashMap<>();
    for (String[] r : rows.getOrDefault("abbrev", List.of())) {
      abbrev.put(r[1], List.of(r[2].split(" ")));
    }
    this.abbreviations = Map.copyOf(abbrev);
    Map<String, String> spellings = new HashMap<>();
    rows.getOrDefault("legal-spelling", List.of()).forEach(r -> spellings.put(r[1], r[2]));
    this.legalSpellings = Map.copyOf(spellings);
    this.abbreviationsBySound = bySound(abbrev);
    this.generic = words(rows, "generic");
    this.descriptive = words(rows, "descriptive");
    Set<String> places = new HashSet<>(words(rows, "qualifier"));
    this.stopWords = words(rows, "stop");
    Map<List<String>, String> phrases = new HashMap<>();
    Map<String, Set<String>> byPlace = new HashMap<>();
    for (Country c : countries.all()) {
      Set<String> own = new HashSet<>();
      singleWord(c.name(), own);
      c.alternativeNames().forEach(n -> singleWord(n, own));
      c.demonyms().forEach(d -> singleWord(d, own));
      Map<List<String>, String> ownPhrases = new HashMap<>();
      phrase(c.name(), ownPhrases);
      c.alternativeNames().stream()
          .filter(NameWords::shortForm)
          .forEach(n -> phrase(n, ownPhrases));
      ownPhrases.forEach(phrases::putIfAbsent);
      own.addAll(ownPhrases.values());
      places.addAll(own);
      own.forEach(w -> byPlace.computeIfAbsent(w, k -> new HashSet<>()).add(c.code()));
    }
    places.addAll(phrases.values());
    Map<String, Set<String>> placeCodes = new HashMap<>();
    byPlace.forEach((w, codes) -> placeCodes.put(w, Set.copyOf(codes)));
    this.placeCountries = Map.copyOf(placeCodes);
    this.countryPhrases = Map.copyOf(phrases);
    this.qualifiers = Set.copyOf(places);
    this.localities = words(rows, "locality");
    List<String> hanLegalForms = new ArrayList<>();
    rows.getOrDefault("han-legal", List.of()).forEach(r -> hanLegalForms.add(r[1]));
    hanLegalForms.sort(Comparator.comparingInt(String::length).reversed());
    this.hanLegal = List.copyOf(hanLegalForms);
    this.hanPlaces = longestFirst(rows.getOrDefault("han-place", List.of()));
    this.hanWords = longestFirst(rows.getOrDefault("han-word", List.of()));
    Set<String> syllables = new HashSet<>();
    rows.getOrDefault("pinyin", List.of()).forEach(r -> syllables.addAll(List.of(r[1].split(" "))));
    this.pinyinSyllables = Set.copyOf(syllables);
    Set<String> known = new HashSet<>(abbreviations.keySet());
    known.addAll(legalWords);
    known.addAll(localities);
    hanPlaces.values().forEach(v -> known.addAll(List.of(v.split(" "))));
    known.removeIf(w -> syllableCount(w) < 2);
    this.pinyinWords = Set.copyOf(known);
    Set<String> listed = new HashSet<>(abbreviations.keySet());
    abbreviations.values().forEach(listed::addAll);
    listed.addAll(legalWords);
    listed.addAll(generic);
    listed.addAll(descriptive);
    this.listedSlips = ListedSlips.of(listed);
  }

  private static Map<String, List<String>> bySound(Map<String, List<String>> abbrev) {
    Map<String, List<String>> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    abbrev.forEach(
        (word, full) -> {
          if (word.length() >= SOUNDED) {
            String key = WordSimilarity.soundKey(word);
            List<String> before = out.putIfAbsent(key, full);
            if (before != null && !before.equals(full)) {
              ambiguous.add(key);
            }
          }
        });
    out.keySet().removeAll(ambiguous);
    return Map.copyOf(out);
  }

  /** How many pinyin syllables a word splits into, or 0 when it does not split into syllables. */
  int syllableCount(String word) {
    return syllables(word).size();
  }

  /**
   * The fewest pinyin syllables that spell a word ("zhonghang" → zhong, hang), or none when it does
   * not split into syllables.
   */
  List<String> syllables(String word) {
    // A screened word is compared with many registered ones, each asking again: remembered, up to
    // a bound (then forgotten), as the index remembers its similar words.
    List<String> known = syllablesByWord.get(word);
    if (known == null) {
      known = splitSyllables(word);
      if (syllablesByWord.size() >= SYLLABLES_REMEMBERED) {
        syllablesByWord.clear();
      }
      syllablesByWord.put(word, known);
    }
    return known;
  }

  private static final int SYLLABLES_REMEMBERED = 50_000;
  private final Map<String, List<String>> syllablesByWord = new ConcurrentHashMap<>();

  private List<String> splitSyllables(String word) {
    // fewest[i]: the fewest syllables that spell word[0, i), or -1; from[i]: where the last begins
    int[] fewest = new int[word.length() + 1];
    int[] from = new int[word.length() + 1];
    Arrays.fill(fewest, -1);
    fewest[0] = 0;
    for (int end = 1; end <= word.length(); end++) {
      for (int start = Math.max(0, end - 6); start < end; start++) {
        if (fewest[start] >= 0
            && pinyinSyllables.contains(word.substring(start, end))
            && (fewest[end] < 0 || fewest[start] + 1 < fewest[end])) {
          fewest[end] = fewest[start] + 1;
          from[end] = start;
        }
      }
    }
    if (fewest[word.length()] <= 0) {
      return List.of();
    }
    String[] out = new String[fewest[word.length()]];
    for (int end = word.length(), k = out.length - 1; end > 0; end = from[end], k--) {
      out[k] = word.substring(from[end], end);
    }
    return List.of(out);
  }

  static NameWords bundled() {
    NameWords result = bundled;
    if (result == null) {
      synchronized (NameWords.class) {
        result = bundled;
        if (result == null) {
          result = new NameWords(read(), Countries.bundled());
          bundled = result;
        }
      }
    }
    return result;
  }

  private static Map<String, List<String[]>> read() {
    Map<String, List<String[]>> rows = new HashMap<>();
    for (String[] fields : BundledTsv.rows(RESOURCE)) {
      rows.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields);
    }
    return rows;
  }

  private static Set<String> words(Map<String, List<String[]>> rows, String kind) {
    Set<String> out = new HashSet<>();
    rows.getOrDefault(kind, List.of()).forEach(r -> out.add(r[1]));
    return Set.copyOf(out);
  }

  private static Map<String, String> longestFirst(List<String[]> rows) {
    List<String[]> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt((String[] r) -> r[1].length()).reversed());
    Map<String, String> out = new LinkedHashMap<>();
    sorted.forEach(r -> out.putIfAbsent(r[1], r[2]));
    return out;
  }

  /**
   * Adds a country name of two to four words ("Hong Kong", "Côte d'Ivoire"), written as the
   * normalizer writes words.
   */
  private void phrase(String name, Map<List<String>, String> into) {
    if (name == null) {
      return;
    }
    List<String> words =
        NameNormalizer.splitWords(NameNormalizer.stripAccents(name.toLowerCase(Locale.ROOT)));
    words.removeIf(stopWords::contains);
    if (words.size() >= 2
        && words.size() <= 4
        && words.stream().allMatch(w -> w.chars().allMatch(ch -> ch < 0x80))) {
      into.putIfAbsent(List.copyOf(words), String.join("", words));
    }
  }

  /** An other name that is not an official long form ("Republic of Costa Rica", "Reino de ..."). */
  private static boolean shortForm(String name) {
    String n = " " + name.toLowerCase(Locale.ROOT) + " ";
    return !(n.contains(" of ") || n.contains(" de ") || n.contains(" du ") || n.contains(" del "));
  }

  /**
   * Adds a one-word place name ("Kenya", "Kenyan"); longer names are too ambiguous word by word.
   */
  private static void singleWord(String name, Set<String> into) {
    if (name == null) {
      return;
    }
    String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length == 1 && words[0].length() > 2) {
      into.add(NameNormalizer.stripAccents(words[0]));
    }
  }
}
