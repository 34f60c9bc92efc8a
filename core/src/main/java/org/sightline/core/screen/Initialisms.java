package org.sightline.core.screen;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The initials of the register's names of several words, so that a screened name written as
 * capitals ("CNEIEC") meets the name it abbreviates ("China National Electronics Import and Export
 * Corporation") when the register has no such acronym among its aliases. Stop words ("of", "and")
 * give no letter; a name's initials are taken with and without its legal-form words at the end.
 * Only initials of {@value #MIN_LETTERS} letters or more that one organization's names alone give
 * are kept: shorter ones ("MTC", "FSC") name many bodies.
 */
final class Initialisms {
  /** The fewest letters of initials kept. */
  static final int MIN_LETTERS = 4;

  /** The most letters of initials kept (a name of more words is rarely written so). */
  static final int MAX_LETTERS = 8;

  /** The score of a match on initials: above the default threshold, below any spelt-out match. */
  static final double SCORE = 0.85;

  private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}\\p{N}\\p{P}\\p{Zs}&]+");

  /** One organization's initials: the entry (of {@link NameIndex#entries}) they were taken from. */
  record Found(int entry, String initials) {}

  private final Map<String, Integer> entryByInitials;

  private Initialisms(Map<String, Integer> entryByInitials) {
    this.entryByInitials = entryByInitials;
  }

  /** The initials of the entries' names in Latin letters, each kept if one organization has it. */
  static Initialisms of(List<NameIndex.Entry> entries, NameWords words) {
    Map<String, Integer> first = new HashMap<>();
    Map<String, Set<Integer>> organizations = new HashMap<>();
    Set<String> registeredWords = new HashSet<>();
    for (int e = 0; e < entries.size(); e++) {
      NameIndex.Entry entry = entries.get(e);
      registeredWords.addAll(entry.form().tokens());
      for (String initials : initials(entry.text(), words)) {
        first.putIfAbsent(initials, e);
        organizations.computeIfAbsent(initials, k -> new HashSet<>()).add(entry.organization());
      }
    }
    Map<String, Integer> kept = new HashMap<>();
    first.forEach(
        (initials, e) -> {
          // initials that are a registered word are that word's ("ATLAS"), not a long name's
          if (organizations.get(initials).size() == 1 && !registeredWords.contains(initials)) {
            kept.put(initials, e);
          }
        });
    return new Initialisms(Map.copyOf(kept));
  }

  /**
   * The initials of a name in Latin letters, with and without the legal-form words at its end, as
   * lower-case letters; none for a name in another script or of fewer words than {@link
   * #MIN_LETTERS}.
   */
  static List<String> initials(String name, NameWords words) {
    if (name == null || !LATIN_NAME.matcher(name).matches()) {
      return List.of();
    }
    List<String> tokens =
        NameNormalizer.splitWords(NameNormalizer.stripAccents(FOLD.normalize(name)));
    tokens.removeIf(t -> words.stopWords.contains(t) || t.equals("and") || !isWord(t));
    List<String> found = new ArrayList<>(2);
    add(found, tokens);
    int end = tokens.size();
    while (end > 0 && words.legalWords.contains(tokens.get(end - 1))) {
      end--;
    }
    if (end < tokens.size()) {
      add(found, tokens.subList(0, end));
    }
    return found;
  }

  private static boolean isWord(String token) {
    return Character.isLetter(token.charAt(0));
  }

  private static void add(List<String> found, List<String> tokens) {
    if (tokens.size() < MIN_LETTERS || tokens.size() > MAX_LETTERS) {
      return;
    }
    StringBuilder b = new StringBuilder(tokens.size());
    tokens.forEach(t -> b.append(t.charAt(0)));
    found.add(b.toString());
  }

  /**
   * The registered name whose initials a screened name is: a name that is one word written in
   * capitals once its legal form is gone ("CNEIEC Ltd"), or such a word beside words that only say
   * where or what kind of firm it is ("CNEIEC Beijing", "CNEIEC (Hong Kong) Group", {@link
   * #besideWord}), as a local arm's name is written.
   */
  Optional<Found> of(NameForm query) {
    if (entryByInitials.isEmpty()) {
      return Optional.empty();
    }
    Found found = null;
    for (int i = 0; i < query.tokens().size(); i++) {
      String word = query.tokens().get(i);
      Integer entry = null;
      if (word.length() >= MIN_LETTERS && word.length() <= MAX_LETTERS) {
        entry = entryByInitials.get(word);
      }
      if (entry != null && found == null && writtenInCapitals(query.original(), word)) {
        found = new Found(entry, word);
      } else if (!besideWord(query.kinds()[i])) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether a word of this kind may stand beside initials: a place, a city, a legal-form word or a
   * word many firms share ("group", "branch", "international"); never a descriptive word
   * ("security") or a word of its own ("Foods"), which may make it another firm's name.
   */
  static boolean besideWord(byte kind) {
    return kind == NameForm.PLACE
        || kind == NameForm.LOCALITY
        || kind == NameForm.GENERIC
        || kind == NameForm.LEGAL;
  }

  /** The words of a screened name beside its initials, as the explanation lists them. */
  static List<String> besideWords(NameForm query, String initials) {
    List<String> beside = new ArrayList<>(query.tokens());
    beside.remove(initials);
    return beside;
  }

  private static boolean writtenInCapitals(String original, String word) {
    String capitals = word.toUpperCase(Locale.ROOT);
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(capitals) + "(?![\\p{L}\\p{N}])")
        .matcher(original)
        .find();
  }
}
