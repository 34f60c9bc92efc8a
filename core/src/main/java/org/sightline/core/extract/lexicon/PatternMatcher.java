package org.sightline.core.extract.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * A multi-pattern matcher: a trie over the characters that occur in the patterns, walked from each
 * word start. Every match must start at a word boundary, so the scan never needs Aho-Corasick's
 * failure links: it reads each word until the trie has no continuation and skips the rest of the
 * word with a character check. Each state is one short row (a bit per character class with a child,
 * and where its children start), laid out so that the rows a walk reads lie close together: the
 * table stays in cache beside the rest of extraction, whose work between two documents evicts
 * anything larger. Matching ignores case; a pattern may require one of a few exact surface forms
 * (proper nouns), checked only when its lower-case key matches. Matches must start and end at word
 * boundaries, except at a pattern's end when it is a prefix pattern ("surveil*").
 *
 * <p>Immutable and thread-safe once built; {@link #scan} writes into a caller-owned {@link Hits}.
 */
public final class PatternMatcher {
  // any char of a text -> the class of its folded form (0 = in no pattern), with WORD set when the
  // char itself is a letter or digit: the one table the scan reads per character
  private final char[] inputClass;
  private final int classes;
  // Per state, in `stride` longs: `words` longs with a bit for each class the state has a child
  // on, then one long holding the pattern id ending at the state plus one (0 = none) in its high
  // half and the number of its first child in its low half. A state's children have consecutive
  // numbers in class order, so the child on a class is the first child plus the number of bits set
  // below that class's bit: one state's row is 24 bytes where a dense row was hundreds.
  private final long[] nodes;
  private final int words;
  private final int stride;
  private final boolean[] prefixPattern;
  private final String[][] surfaces; // pattern -> allowed exact forms, null = any case
  private final String[] keys; // pattern -> its folded key, to build subsets
  private final int[] ids; // pattern -> the id it reports (that of the matcher it is a subset of)

  /**
   * States up to this depth, where the walk spends nearly all its time, are numbered breadth first
   * and so lie together at the start of the table.
   */
  private static final int SHALLOW_DEPTH = 3;

  private PatternMatcher(Builder b) {
    int patterns = b.keys.size();
    keys = b.keys.toArray(new String[0]);
    ids = b.ids == null ? null : b.ids.stream().mapToInt(Integer::intValue).toArray();
    prefixPattern = new boolean[patterns];
    surfaces = new String[patterns][];
    // Classes are numbered by how often their character occurs in the patterns, most often
    // first: the walk's reads of a dense row then fall mostly in its first few cache lines.
    int[] uses = new int[65536];
    for (int p = 0; p < patterns; p++) {
      String k = b.keys.get(p);
      prefixPattern[p] = b.prefix.get(p);
      List<String> forms = b.surfaces.get(p);
      surfaces[p] = forms == null ? null : forms.toArray(new String[0]);
      for (int i = 0; i < k.length(); i++) {
        uses[k.charAt(i)]++;
      }
    }
    List<Integer> used = new ArrayList<>();
    for (int c = 0; c < uses.length; c++) {
      if (uses[c] > 0) {
        used.add(c);
      }
    }
    used.sort((x, y) -> uses[x] != uses[y] ? Integer.compare(uses[y], uses[x]) : x - y);
    char[] charClass = new char[65536]; // folded char -> class, 0 = not in any pattern
    int cls = 1;
    for (int c : used) {
      charClass[c] = (char) cls++;
    }
    classes = cls;
    if (classes > CLASS) {
      throw new IllegalStateException("too many distinct pattern characters: " + classes);
    }
    inputClass = new char[65536];
    for (int c = 0; c < inputClass.length; c++) {
      boolean word = Character.isLetterOrDigit((char) c);
      inputClass[c] = (char) (charClass[Fold.lower((char) c)] | (word ? WORD : 0));
    }
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
    // Number the shallow states breadth first, so that they lie together at the start of the
    // table; then each deeper subtree depth first, so that a word's walk down a chain of single
    // children reads consecutive rows (a cache line or two) rather than one line per letter. Either
    // way a state's children are numbered together, in class order.
    int states = gotos.size();
    int[] order = new int[states]; // new number -> trie state
    int[] renumber = new int[states]; // trie state -> new number
    int[] depth = new int[states]; // by trie state
    int numbered = 1;
    for (int head = 0; head < numbered; head++) {
      int s = order[head];
      if (depth[s] < SHALLOW_DEPTH) {
        for (int t : new TreeMap<>(gotos.get(s)).values()) {
          depth[t] = depth[s] + 1;
          order[numbered++] = t;
        }
      }
    }
    int shallow = numbered;
    Deque<Integer> stack = new ArrayDeque<>();
    for (int n = 0; n < shallow; n++) {
      if (depth[order[n]] == SHALLOW_DEPTH) {
        stack.push(order[n]);
        while (!stack.isEmpty()) {
          List<Integer> children = new ArrayList<>(new TreeMap<>(gotos.get(stack.pop())).values());
          for (int t : children) {
            order[numbered++] = t;
          }
          for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
          }
        }
      }
    }
    for (int n = 0; n < states; n++) {
      renumber[order[n]] = n;
    }
    words = (classes + 63) >>> 6;
    stride = words + 1;
    nodes = new long[states * stride];
    for (int n = 0; n < states; n++) {
      int row = n * stride;
      int first = 0;
      int rank = 0;
      for (Map.Entry<Integer, Integer> g : new TreeMap<>(gotos.get(order[n])).entrySet()) {
        int c = g.getKey();
        int t = renumber[g.getValue()];
        if (rank == 0) {
          first = t;
        } else if (t != first + rank) {
          throw new IllegalStateException("trie children not numbered together");
        }
        rank++;
        nodes[row + (c >>> 6)] |= 1L << c;
      }
      nodes[row + words] = (long) (outs.get(order[n]) + 1) << 32 | first;
    }
  }

  /** The trie's child of {@code state} on character class {@code cls} (not 0), or 0 if none. */
  private int child(int state, int cls) {
    int row = state * stride;
    int word = cls >>> 6;
    long bits = nodes[row + word];
    long bit = 1L << cls;
    if ((bits & bit) == 0) {
      return 0;
    }
    int rank = Long.bitCount(bits & (bit - 1));
    for (int w = row; w < row + word; w++) {
      rank += Long.bitCount(nodes[w]);
    }
    return (int) nodes[row + words] + rank;
  }

  /** The pattern id ending at {@code state}, or -1. */
  private int output(int state) {
    return (int) (nodes[state * stride + words] >>> 32) - 1;
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
    // The characters from the one before `from` to the one after `to` (a match's end is checked
    // against the next character), copied once: the walk reads them from an array, not a String.
    int lo = Math.max(from - 1, 0);
    int hi = Math.min(to + 1, length);
    char[] chars = hits.chars(hi - lo);
    text.getChars(lo, hi, chars, 0);
    char[] in = inputClass;
    // A match starts at a word boundary: where the character before is no letter or digit.
    boolean atBoundary = from == 0 || (in[chars[from - 1 - lo]] & WORD) == 0;
    for (int start = from; start < to; start++) {
      int first = in[chars[start - lo]];
      if (atBoundary) {
        int state = 0;
        int i = start;
        int c = first;
        while (true) {
          int cls = c & CLASS;
          if (cls == 0 || (state = child(state, cls)) == 0) {
            break;
          }
          int p = output(state);
          if (p >= 0) {
            int end = i + 1;
            if ((prefixPattern[p] || end >= length || (in[chars[end - lo]] & WORD) == 0)
                && surfaceMatches(text, start, p)) {
              hits.add(start, end, ids == null ? p : ids[p]);
            }
          }
          if (++i >= to) {
            break;
          }
          c = in[chars[i - lo]];
        }
      }
      atBoundary = (first & WORD) == 0;
    }
  }

  /** In {@link #inputClass}: the character is a letter or digit. */
  private static final int WORD = 0x8000;

  /** In {@link #inputClass}: the bits of the character class. */
  private static final int CLASS = WORD - 1;

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
    private char[] chars = new char[1024]; // the text being scanned, see scan
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] patterns = new int[64];
    int size;

    public void clear() {
      size = 0;
    }

    char[] chars(int length) {
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      return chars;
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
