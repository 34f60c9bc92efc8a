package org.sightline.core.extract.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.text.BundledTsv;

/**
 * The word sets the assembler reads around a mention ("sold to Kenya", "Chinese-made", "Cairo
 * Road"), from the bundled {@code cue-words.tsv}. Unlike the {@link Lexicon} they are never scanned
 * for, only looked up beside a country or a capitalised name.
 */
public final class CueWords {
  private static final Map<String, Set<String>> BUNDLED =
      parse(BundledTsv.rows("/org/sightline/core/extract/cue-words.tsv"));

  private static final Map<String, Set<String>> UNIONS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private CueWords() {}

  /**
   * The words of a set for a language: the set itself for English; for another language, the set
   * and its {@code set@xx} rows (a Spanish text never says "to", so English words do no harm there,
   * while "a" before a country means "to" only in Spanish and Portuguese).
   */
  public static Set<String> named(String set, Language language) {
    Set<String> base = named(set);
    if (language == Language.EN) {
      return base;
    }
    return UNIONS.computeIfAbsent(
        set + "@" + language.code(),
        key -> {
          Set<String> extra = BUNDLED.get(key);
          if (extra == null) {
            return base;
          }
          Set<String> union = new HashSet<>(base);
          union.addAll(extra);
          return Set.copyOf(union);
        });
  }

  /** The words of a set, as written in the file; an unknown set is a programming error. */
  public static Set<String> named(String set) {
    Set<String> words = BUNDLED.get(set);
    if (words == null) {
      throw new IllegalArgumentException("cue-words.tsv has no set " + set);
    }
    return words;
  }

  static Map<String, Set<String>> parse(List<String[]> rows) {
    Map<String, Set<String>> sets = new HashMap<>();
    for (String[] row : rows) {
      if (row.length != 2) {
        throw new IllegalStateException(
            "cue-words.tsv: expected set<TAB>words, got " + String.join(" | ", row));
      }
      sets.computeIfAbsent(row[0], k -> new HashSet<>()).addAll(List.of(row[1].split("\\s+")));
    }
    sets.replaceAll((name, words) -> Set.copyOf(words));
    return Map.copyOf(sets);
  }
}
