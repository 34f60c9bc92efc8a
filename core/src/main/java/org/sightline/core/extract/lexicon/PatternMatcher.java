package org.sightline.core.extract.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * A multi-pattern matcher: a trie over the characters that occur in the patterns, walked from each
 * word start. Every match must start at a word boundary, so the scan never needs Aho-Corasick's
 * failure links: it reads each word until the trie has no continuation and skips the rest of the
 * word with a character check. The shallow states, where the walk spends nearly all its time, have
 * dense transition rows (one array lookup per character); deeper ones keep their own edges, so the
 * tables stay small enough to stay in cache beside the rest of extraction. Matching ignores case; a
 * pattern may require one of a few exact surface forms (proper nouns), checked only when its
 * lower-case key matches. Matches must start and end at word boundaries, except at a pattern's end
 * when it is a prefix pattern ("surveil*").
 *
 * <p>Immutable and thread-safe once built; {@link #scan} writes into a caller-owned {@link Hits}.
 */
public final class PatternMatcher {
  private final char[] charClass; // normalised char -> class, 0 = not in any pattern
  private final int classes;
  // state * classes + class -> child state or 0, for the dense states: char when every state
  // number fits, int otherwise.
  private final char[] delta;
  private final int[] wideDelta;
  private final int denseStates; // states below this number (the shallow ones) have a dense row
  private final int[] edgeStart; // deep state -> first of its own trie edges in edgeClass
  private final char[] edgeClass; // trie edge -> character class
  private final int[] edgeTarget; // trie edge -> state
  // deep state - denseStates -> class << 32 | child when it has exactly one child (as most have),
  // read in one load; -1 otherwise (then its edges are read)
  private final long[] onlyChild;
  private final int[] output; // state -> pattern id ending here, or -1
  private final boolean[] prefixPattern;
  private final String[][] surfaces; // pattern -> allowed exact forms, null = any case
  private final String[] keys; // pattern -> its folded key, to build subsets
  private final int[] ids; // pattern -> the id it reports (that of the matcher it is a subset of)

  /**
   * States up to this depth (where the walk spends nearly all its time) keep a dense row; deeper
   * ones, which mostly have a single child, keep their own trie edges.
   */
  private static final int DENSE_DEPTH = 3;

  private PatternMatcher(Builder b) {
    int patterns = b.keys.size();
    keys = b.keys.toArray(new String[0]);
    ids = b.ids == null ? null : b.ids.stream().mapToInt(Integer::intValue).toArray();
    prefixPattern = new boolean[patterns];
    surfaces = new String[patterns][];
    charClass = new char[65536];
    int cls = 1;
    for (int p = 0; p < patterns; p++) {
      String k = b.keys.get(p);
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
    // The trie as hash maps first, keyed by character class.
    List<Map<Integer, Integer>> gotos = new ArrayList<>();
    List<Integer> outs = new ArrayList<>();
    gotos.add(new HashMap<>());
    outs.add(-1);
    for (int p = 0; p < patterns; p++) {
      String k = b.keys.get(p);
      int s = 0;
      for (int i = 0; i < k.length(); i++) {
        int c = charClass[k.charAt(i)];
        Integer next = gotos.get(s).get(c);
        if (next == null) {
          next = gotos.size();
          gotos.add(new HashMap<>());
          outs.add(-1);
          gotos.get(s).put(c, next);
        }
        s = next;
      }
      outs.set(s, p);
    }
    // Number the states breadth first, so that states are in order of depth: the shallow states
    // the walk spends nearly all its time in get small numbers and a small dense table.
    int states = gotos.size();
    int[] order = new int[states]; // new number -> trie state
    int[] renumber = new int[states]; // trie state -> new number
    int[] depth = new int[states];
    int head = 0;
    int tail = 1;
    while (head < tail) {
      int s = order[head];
      renumber[s] = head++;
      for (int t : new TreeMap<>(gotos.get(s)).values()) {
        depth[tail] = depth[head - 1] + 1;
        order[tail++] = t;
      }
    }
    int dense = 0;
    while (dense < states && depth[dense] <= DENSE_DEPTH) {
      dense++;
    }
    denseStates = dense;
    output = new int[states];
    edgeStart = new int[states + 1];
    int edgeCount = 0;
    for (int n = 0; n < states; n++) {
      output[n] = outs.get(order[n]);
      edgeStart[n] = edgeCount;
      if (n >= dense) {
        edgeCount += gotos.get(order[n]).size();
      }
    }
    edgeStart[states] = edgeCount;
    edgeClass = new char[edgeCount];
    edgeTarget = new int[edgeCount];
    onlyChild = new long[states - dense];
    int[] rows = new int[dense * classes];
    for (int n = 0; n < states; n++) {
      int e = edgeStart[n];
      for (Map.Entry<Integer, Integer> g : new TreeMap<>(gotos.get(order[n])).entrySet()) {
        int c = g.getKey();
        int t = renumber[g.getValue()];
        if (n < dense) {
          rows[n * classes + c] = t;
        } else {
          edgeClass[e] = (char) c;
          edgeTarget[e++] = t;
        }
      }
      if (n >= dense) {
        onlyChild[n - dense] =
            e - edgeStart[n] == 1 ? (long) edgeClass[e - 1] << 32 | edgeTarget[e - 1] : -1;
      }
    }
    if (states <= Character.MAX_VALUE) {
      delta = new char[rows.length];
      for (int i = 0; i < rows.length; i++) {
        delta[i] = (char) rows[i];
      }
      wideDelta = null;
    } else {
      delta = null;
      wideDelta = rows;
    }
  }

  /** The trie's child of {@code state} on character class {@code cls} (not 0), or 0 if none. */
  private int child(int state, int cls) {
    if (state < denseStates) {
      return delta != null ? delta[state * classes + cls] : wideDelta[state * classes + cls];
    }
    long only = onlyChild[state - denseStates];
    if (only >= 0) {
      return (int) (only >>> 32) == cls ? (int) only : 0;
    }
    for (int e = edgeStart[state], end = edgeStart[state + 1]; e < end; e++) {
      if (edgeClass[e] == cls) {
        return edgeTarget[e];
      }
    }
    return 0;
  }

  public int patternCount() {
    return prefixPattern.length;
  }

  /**
   * A matcher of the patterns {@code keep} accepts, reporting them by their ids here: a text in one
   * language is scanned only for the words read in it, which keeps the automaton small.
   */
  public PatternMatcher only(IntPredicate keep) {
    Builder b = new Builder();
    b.ids = new ArrayList<>();
    for (int p = 0; p < keys.length; p++) {
      if (keep.test(p)) {
        b.keys.add(keys[p]);
        b.prefix.add(prefixPattern[p]);
        b.surfaces.add(surfaces[p] == null ? null : List.of(surfaces[p]));
        b.ids.add(ids == null ? p : ids[p]);
      }
    }
    return new PatternMatcher(b);
  }

  /**
   * Scans {@code text} (already normalised) from {@code from} to {@code to} and appends every
   * pattern occurrence at word boundaries to {@code hits}, in order of start offset and, for one
   * start, of end offset.
   */
  public void scan(String text, int from, int to, Hits hits) {
    int length = text.length();
    // A match starts at a word boundary: where the character before is no letter or digit.
    boolean atBoundary = from == 0 || !isWordChar(text.charAt(from - 1));
    for (int start = from; start < to; start++) {
      char first = text.charAt(start);
      boolean boundaryNext = !isWordChar(first);
      if (atBoundary) {
        int state = 0;
        int i = start;
        char c = first;
        while (true) {
          int cls = charClass[Fold.lower(c)];
          if (cls == 0 || (state = child(state, cls)) == 0) {
            break;
          }
          int p = output[state];
          int end = i + 1;
          if (p >= 0
              && (prefixPattern[p] || end >= length || !isWordChar(text.charAt(end)))
              && surfaceMatches(text, start, p)) {
            hits.add(start, end, ids == null ? p : ids[p]);
          }
          if (++i >= to) {
            break;
          }
          c = text.charAt(i);
        }
      }
      atBoundary = boundaryNext;
    }
  }

  private static boolean isWordChar(char c) {
    return WORD_CHAR[c];
  }

  /** {@link Character#isLetterOrDigit(char)} for every char, read once per character scanned. */
  private static final boolean[] WORD_CHAR = new boolean[65536];

  static {
    for (int c = 0; c < WORD_CHAR.length; c++) {
      WORD_CHAR[c] = Character.isLetterOrDigit((char) c);
    }
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
    private List<Integer> ids; // for a subset: the id each pattern reports

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
