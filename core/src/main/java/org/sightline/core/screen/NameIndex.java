package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.core.model.Organization;

/**
 * The registered names (names, aliases, and a name's bracketed abbreviation as a name of its own)
 * in an in-memory word index for finding candidates fast: each word (and each name's words run
 * together) points to the names that have it, and a character-trigram index over the words finds
 * the registered words a misspelt word may stand for. Candidates are ranked by the weight of the
 * words they share with the screened name; only the best few are scored in full.
 */
final class NameIndex {
  /** One registered name of an organization, and its form. */
  /** A registered name; {@code country} is its organization's (ISO alpha-2; empty if unknown). */
  record Entry(int organization, String text, boolean primary, NameForm form, String country) {}

  private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");

  final List<Entry> entries;
  final NameScorer scorer;

  /** {@link NameScorer#idfs} of each entry's form, by entry. */
  private final double[][] entryIdfs;

  private final Map<String, int[]> postings;
  private final String[] vocabulary;
  private final long[] vocabularyMasks;
  private final String[] vocabularySounds; // WordSimilarity.soundKey of each word, made once
  private final int[] vocabularyLengths; // beside the masks: most words are refused on these two
  private final int[] vocabularyFirstSounds; // first char of the sound key, -1 when it is empty
  private final Map<Long, int[]> trigrams;
  private final Map<String, int[]> bySound; // vocabulary by sound key (long enough keys only)

  /** Words on more names than this are skipped in retrieval when the name has rarer words. */
  private final int commonWord;

  /** Trigrams on more words than this are skipped when looking for a misspelt word. */
  private final int commonTrigram;

  private final ThreadLocal<CandidateSelection> scratch;

  /** Unknown words already looked up, and the registered words close to them. */
  private final Map<String, List<Similar>> similar = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int SIMILAR_CACHE = 100_000;

  /** A word on at most this many names always brings them in as candidates. */
  private static final int RARE_WORD = 4;

  private NameIndex(
      List<Entry> entries, NameScorer scorer, Map<String, List<Integer>> postingLists) {
    this.entries = List.copyOf(entries);
    this.scorer = scorer;
    this.entryIdfs = new double[entries.size()][];
    for (int e = 0; e < entryIdfs.length; e++) {
      entryIdfs[e] = scorer.idfs(entries.get(e).form());
    }
    this.postings = new HashMap<>(postingLists.size() * 2);
    postingLists.forEach(
        (word, ids) -> postings.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.vocabulary = postingLists.keySet().toArray(String[]::new);
    this.vocabularyMasks = new long[vocabulary.length];
    this.vocabularySounds = new String[vocabulary.length];
    this.vocabularyLengths = new int[vocabulary.length];
    this.vocabularyFirstSounds = new int[vocabulary.length];
    for (int v = 0; v < vocabulary.length; v++) {
      vocabularyMasks[v] = NameForm.mask(vocabulary[v]);
      vocabularySounds[v] = WordSimilarity.soundKey(vocabulary[v]);
      vocabularyLengths[v] = vocabulary[v].length();
      vocabularyFirstSounds[v] = firstSound(vocabularySounds[v]);
    }
    Map<String, List<Integer>> sounds = new HashMap<>();
    for (int v = 0; v < vocabulary.length; v++) {
      if (vocabularySounds[v].length() >= WordSimilarity.SOUNDS_ALIKE) {
        sounds.computeIfAbsent(vocabularySounds[v], k -> new ArrayList<>(1)).add(v);
      }
    }
    this.bySound = new HashMap<>(sounds.size() * 2);
    sounds.forEach((k, ids) -> bySound.put(k, ids.stream().mapToInt(Integer::intValue).toArray()));
    Map<Long, List<Integer>> grams = new HashMap<>();
    for (int v = 0; v < vocabulary.length; v++) {
      if (vocabulary[v].length() >= 4) {
        for (long g : trigramsOf(vocabulary[v])) {
          List<Integer> ids = grams.computeIfAbsent(g, k -> new ArrayList<>());
          if (ids.isEmpty() || ids.get(ids.size() - 1).intValue() != v) {
            ids.add(v);
          }
        }
      }
    }
    this.trigrams = new HashMap<>(grams.size() * 2);
    grams.forEach((g, ids) -> trigrams.put(g, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.commonWord = Math.max(64, entries.size() / 20);
    this.commonTrigram = Math.max(64, vocabulary.length / 25);
    int size = entries.size();
    int words = vocabulary.length;
    this.scratch = ThreadLocal.withInitial(() -> new CandidateSelection(size, words));
  }

  static NameIndex build(List<Organization> organizations, NameNormalizer normalizer) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int o = 0; o < organizations.size(); o++) {
      Organization org = organizations.get(o);
      // Names that read the same after normalisation are kept apart when written apart ("华为技术
      // 有限公司", "Huawei Technologies Co., Ltd."), so a match names what was matched.
      Map<String, NameForm> forms = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      names.add(org.name());
      names.addAll(org.aliases());
      for (int k = 0; k < names.size(); k++) {
        for (String variant : variants(names.get(k))) {
          NameForm form = normalizer.normalize(variant);
          String written = variant.strip().toLowerCase(java.util.Locale.ROOT);
          if (!form.isEmpty() && !forms.containsKey(written)) {
            forms.put(written, form);
            entries.add(
                new Entry(o, variant, k == 0, form, org.country() == null ? "" : org.country()));
          }
        }
      }
      Set<String> words = new HashSet<>();
      forms.values().forEach(f -> words.addAll(f.tokens()));
      words.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    Map<String, List<Integer>> postingLists = new HashMap<>();
    for (int e = 0; e < entries.size(); e++) {
      NameForm form = entries.get(e).form();
      for (String word : keys(form)) {
        List<Integer> ids = postingLists.computeIfAbsent(word, k -> new ArrayList<>());
        if (ids.isEmpty() || ids.get(ids.size() - 1).intValue() != e) {
          ids.add(e);
        }
      }
    }
    return new NameIndex(
        entries,
        new NameScorer(df, organizations.size(), normalizer.words().placeCountries),
        postingLists);
  }

  /** {@link NameScorer#idfs} of entry {@code e}'s form, worked out once. */
  double[] idfs(int e) {
    return entryIdfs[e];
  }

  /** A name, and for "China Electronics Corporation (CEC)" also the name without and "CEC". */
  static List<String> variants(String name) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    Matcher m = BRACKETS.matcher(name);
    if (!m.find()) {
      return List.of(name);
    }
    List<String> out = new ArrayList<>();
    out.add(name);
    String outside = BRACKETS.matcher(name).replaceAll(" ").trim();
    if (!outside.isEmpty()) {
      out.add(outside);
    }
    m.reset();
    while (m.find()) {
      if (m.group(1).trim().length() >= 2) {
        out.add(m.group(1).trim());
      }
    }
    return out;
  }

  /** The words a form is found by: its words, and its words run together. */
  private static List<String> keys(NameForm form) {
    if (form.tokens().size() < 2) {
      return form.tokens();
    }
    List<String> keys = new ArrayList<>(form.tokens());
    keys.add(form.compact());
    return keys;
  }

  /**
   * Up to {@code limit} entries sharing the most word weight with the screened name (misspelt words
   * count for the registered words they are close to), best first.
   */
  int[] candidates(NameForm query, int limit) {
    return candidates(query, limit, false);
  }

  /**
   * As {@link #candidates(NameForm, int)}; {@code plainly} sums every posting list into the
   * accumulator, the way the shortcut for one long list ({@link CandidateSelection#select}) must
   * agree with.
   */
  int[] candidates(NameForm query, int limit, boolean plainly) {
    CandidateSelection s = scratch.get();
    List<String> probes = keys(query);
    int rarest = Integer.MAX_VALUE;
    int[] rarestIds = null;
    for (String p : probes) {
      int[] ids = postings.get(p);
      if (ids != null && ids.length < rarest) {
        rarest = ids.length;
        rarestIds = ids;
      }
    }
    for (String probe : probes) {
      int[] ids = postings.get(probe);
      if (ids != null) {
        if (ids.length <= commonWord || ids.length == rarest) {
          s.queue(ids, (float) scorer.idf(probe));
        }
      } else if (probe.length() >= 4 && !isNumber(probe)) {
        for (Similar w : similarWords(probe, s)) {
          s.queue(
              postings.get(vocabulary[w.word()]),
              (float) (scorer.idf(vocabulary[w.word()]) * w.sim()));
        }
      }
    }
    int[] top = plainly ? s.selectPlainly(limit) : s.select(limit);
    // The names holding the screened name's rarest word stay candidates however many names share
    // its common words: "Idemia Public Security" must not lose Idemia to a dozen "Public Security"
    // agencies.
    return rarestIds == null || rarestIds.length > RARE_WORD ? top : withAll(top, rarestIds);
  }

  private static int[] withAll(int[] top, int[] more) {
    int[] out = Arrays.copyOf(top, top.length + more.length);
    int size = top.length;
    for (int e : more) {
      boolean present = false;
      for (int i = 0; i < size && !present; i++) {
        present = out[i] == e;
      }
      if (!present) {
        out[size++] = e;
      }
    }
    return Arrays.copyOf(out, size);
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }

  /** A registered word close to an unknown one, and how close. */
  private record Similar(int word, double sim) {}

  /**
   * The registered words close enough to this unknown word to be it misspelt or transliterated
   * another way. Remembered, as lists repeat their unknown words (up to a bound, then forgotten).
   */
  private List<Similar> similarWords(String word, CandidateSelection s) {
    List<Similar> known = similar.get(word);
    if (known != null) {
      return known;
    }
    List<Similar> found = findSimilarWords(word, s);
    if (similar.size() >= SIMILAR_CACHE) {
      similar.clear();
    }
    similar.put(word, found);
    return found;
  }

  private List<Similar> findSimilarWords(String word, CandidateSelection s) {
    List<Similar> found = new ArrayList<>(2);
    long[] grams = trigramsOf(word);
    long wordMask = NameForm.mask(word);
    String wordSound = WordSimilarity.soundKey(word);
    int firstSound = firstSound(wordSound);
    int touched = 0;
    int usable = 0;
    for (long g : grams) {
      int[] ids = trigrams.get(g);
      if (ids == null || ids.length > commonTrigram) {
        continue;
      }
      usable++;
      for (int v : ids) {
        if (s.wordCounts[v]++ == 0) {
          s.words[touched++] = v;
        }
      }
    }
    // A word that sounds alike however it is spelt ("khuavej", "huawei") is found by its key.
    int[] sameSound = bySound.get(wordSound);
    if (sameSound != null) {
      for (int v : sameSound) {
        if (s.wordCounts[v] == 0) {
          s.words[touched++] = v;
        }
        s.wordCounts[v] = Integer.MAX_VALUE / 2;
      }
    }
    // Two edits change at most six trigrams; common trigrams were not counted.
    int needed = Math.max(1, usable - 6);
    for (int k = 0; k < touched; k++) {
      int v = s.words[k];
      boolean sounded = s.wordCounts[v] >= Integer.MAX_VALUE / 2;
      if (sounded
          || (s.wordCounts[v] >= needed && mayBeAlike(word.length(), wordMask, firstSound, v))) {
        double sim =
            WordSimilarity.of(
                word, wordMask, wordSound, vocabulary[v], vocabularyMasks[v], vocabularySounds[v]);
        if (sim > 0) {
          found.add(new Similar(v, sim));
        }
      }
      s.wordCounts[v] = 0;
    }
    return List.copyOf(found);
  }

  /**
   * False when {@link WordSimilarity#of} would refuse the pair on the letters the two words share
   * or their lengths (its first tests, never failed by equal words), or when neither of its ways to
   * call two words alike is open: a slip (two edits at most: lengths two apart and four letters
   * differing at most) or a transliteration (sound keys that begin alike). Read from arrays here
   * rather than from the registered word itself.
   */
  private boolean mayBeAlike(int length, long mask, int firstSound, int v) {
    long other = vocabularyMasks[v];
    int shorter = Math.min(length, vocabularyLengths[v]);
    int longer = Math.max(length, vocabularyLengths[v]);
    return 2 * Long.bitCount(mask & other) >= Long.bitCount(mask | other)
        && longer - shorter <= Math.max(2, longer / 4)
        && ((longer - shorter <= 2 && Long.bitCount(mask ^ other) <= 4)
            || (firstSound >= 0 && firstSound == vocabularyFirstSounds[v]));
  }

  private static int firstSound(String soundKey) {
    return soundKey.isEmpty() ? -1 : soundKey.charAt(0);
  }

  /** Character trigrams of a word padded at both ends, each packed into a long. */
  private static long[] trigramsOf(String word) {
    String w = '\u0002' + word + '\u0003';
    long[] out = new long[w.length() - 2];
    for (int i = 0; i + 2 < w.length(); i++) {
      out[i] = ((long) w.charAt(i) << 32) | ((long) w.charAt(i + 1) << 16) | w.charAt(i + 2);
    }
    return out;
  }
}
