package org.sightline.core.extract.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher: an Aho-Corasick automaton compiled into a dense transition table over
 * the characters that occur in the patterns, so the scan costs one array lookup per character
 * whatever the number of patterns. Matching ignores case; a pattern may require one of a few exact
 * surface forms (proper nouns), checked only when its lower-case key matches. Matches must start
 * and end at word boundaries, except at a pattern's end when it is a prefix pattern ("surveil*").
 *
 * <p>Immutable and thread-safe once built; {@link #scan} writes into a caller-owned {@link Hits}.
 */
public final class PatternMatcher {
  private final char[] charClass; // normalised char -> class, 0 = not in any pattern
  private final int classes;
  private final int[] delta; // state * classes + class -> state
  private final int[] output; // state -> pattern id ending here, or -1
  private final int[] outputLink; // state -> next state on the failure chain with output, or 0
  private final int[] patternLength;
  private final boolean[] prefixPattern;
  private final String[][] surfaces; // pattern -> allowed exact forms, null = any case

  private PatternMatcher(Builder b) {
    int patterns = b.keys.size();
    patternLength = new int[patterns];
    prefixPattern = new boolean[patterns];
    surfaces = new String[patterns][];
    charClass = new char[65536];
    int cls = 1;
    for (int p = 0; p < patterns; p++) {
      String k = b.keys.get(p);
      patternLength[p] = k.length();
      prefixPattern[p] = b.prefix.get(p);
      List<String> forms = b.surfaces.get(p);
      surfaces[p] = forms == null ? null : forms.toArray(new String[0]);
      for (int i = 0; i < k.length(); i++) {
        char c = k.charAt(i);
        if (charClass[c] == 0) {
          charClass[c] = (char) cls++;
        }
      }
    }
    classes = cls;
    // Trie as hash maps first, then a dense table.
    List<Map<Character, Integer>> gotos = new ArrayList<>();
    List<Integer> outs = new ArrayList<>();
    gotos.add(new HashMap<>());
    outs.add(-1);
    for (int p = 0; p < patterns; p++) {
      String k = b.keys.get(p);
      int s = 0;
      for (int i = 0; i < k.length(); i++) {
        Integer next = gotos.get(s).get(k.charAt(i));
        if (next == null) {
          next = gotos.size();
          gotos.add(new HashMap<>());
          outs.add(-1);
          gotos.get(s).put(k.charAt(i), next);
        }
        s = next;
      }
      outs.set(s, p);
    }
    int states = gotos.size();
    delta = new int[states * classes];
    output = new int[states];
    outputLink = new int[states];
    int[] fail = new int[states];
    for (int s = 0; s < states; s++) {
      output[s] = outs.get(s);
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Character, Integer> e : gotos.get(0).entrySet()) {
      delta[charClass[e.getKey()]] = e.getValue();
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      int f = fail[s];
      outputLink[s] = output[f] >= 0 ? f : outputLink[f];
      // Inherit the failure state's transitions, then override with the trie's own.
      System.arraycopy(delta, f * classes, delta, s * classes, classes);
      for (Map.Entry<Character, Integer> e : gotos.get(s).entrySet()) {
        int t = e.getValue();
        int c = charClass[e.getKey()];
        fail[t] = delta[f * classes + c];
        delta[s * classes + c] = t;
        queue.add(t);
      }
    }
  }

  public int patternCount() {
    return patternLength.length;
  }

  /**
   * Scans {@code text} (already normalised) from {@code from} to {@code to} and appends every
   * pattern occurrence at word boundaries to {@code hits} (in order of end offset).
   */
  public void scan(String text, int from, int to, Hits hits) {
    int state = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int cls = charClass[Fold.lower(c)];
      state = cls == 0 ? 0 : delta[state * classes + cls];
      if (state == 0) {
        continue;
      }
      int s = output[state] >= 0 ? state : outputLink[state];
      while (s > 0) {
        int p = output[s];
        int end = i + 1;
        int start = end - patternLength[p];
        if (start >= from
            && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
            && (prefixPattern[p] || end >= text.length() || !isWordChar(text.charAt(end)))
            && surfaceMatches(text, start, p)) {
          hits.add(start, end, p);
        }
        s = outputLink[s];
      }
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private boolean surfaceMatches(String text, int start, int p) {
    String[] forms = surfaces[p];
    if (forms == null) {
      return true;
    }
    for (String f : forms) {
      if (text.regionMatches(start, f, 0, f.length())) {
        return true;
      }
    }
    return false;
  }

  /** Case folding shared by pattern keys and the scan: lower case, whitespace as one space. */
  public static final class Fold {
    private static final char[] LOWER = new char[65536];

    static {
      for (int c = 0; c < LOWER.length; c++) {
        char n = org.sightline.core.extract.text.TextNormaliser.normalise((char) c);
        LOWER[c] = n == '\n' ? ' ' : Character.toLowerCase(n);
      }
    }

    private Fold() {}

    public static char lower(char c) {
      return LOWER[c];
    }

    public static String key(String s) {
      char[] out = new char[s.length()];
      for (int i = 0; i < out.length; i++) {
        out[i] = LOWER[s.charAt(i)];
      }
      return new String(out);
    }
  }

  /** Reusable growable buffer of matches: start, end and pattern id per hit. */
  public static final class Hits {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] patterns = new int[64];
    int size;

    public void clear() {
      size = 0;
    }

    void add(int start, int end, int pattern) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      patterns[size] = pattern;
      size++;
    }

    public int size() {
      return size;
    }

    public int start(int i) {
      return starts[i];
    }

    public int end(int i) {
      return ends[i];
    }

    public int pattern(int i) {
      return patterns[i];
    }
  }

  /** Collects patterns; a key added twice keeps one pattern id and merges its surface forms. */
  public static final class Builder {
    private final List<String> keys = new ArrayList<>();
    private final List<Boolean> prefix = new ArrayList<>();
    private final List<List<String>> surfaces = new ArrayList<>();
    private final Map<String, Integer> idByKey = new HashMap<>();

    /**
     * Adds a pattern and returns its id. {@code exactForms} null means any case; otherwise the text
     * must equal one of them exactly (after typographic normalisation).
     */
    public int add(String pattern, boolean isPrefix, List<String> exactForms) {
      String key = Fold.key(pattern.trim());
      Integer id = idByKey.get(key + (isPrefix ? "*" : ""));
      if (id == null) {
        id = keys.size();
        idByKey.put(key + (isPrefix ? "*" : ""), id);
        keys.add(key);
        prefix.add(isPrefix);
        surfaces.add(exactForms == null ? null : new ArrayList<>(exactForms));
      } else if (surfaces.get(id) != null) {
        if (exactForms == null) {
          surfaces.set(id, null);
        } else {
          for (String f : exactForms) {
            if (!surfaces.get(id).contains(f)) {
              surfaces.get(id).add(f);
            }
          }
        }
      }
      return id;
    }

    public PatternMatcher build() {
      return new PatternMatcher(this);
    }
  }
}
