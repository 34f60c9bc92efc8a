package org.sightline.core.screen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.model.Organization;

/**
 * Matches names against the names and aliases of a list of organizations, whatever their script,
 * legal form, word order or small misspellings: the register's names in a {@link NameIndex} give a
 * few candidates, the {@link NameScorer} scores them, and each organization appears once, with its
 * best-matching name. Built once per register state; thread-safe.
 */
public final class NameMatcher {
  /**
   * The score from which a name is reported as a match. Chosen on the tuning half of the test set
   * ({@code NameMatcherPrecisionTest}); precision and recall are reported on the other half.
   */
  public static final double DEFAULT_THRESHOLD = 0.8;

  /** How many candidate names are scored in full per screened name. */
  private static final int CANDIDATES = 12;

  private final List<Organization> organizations;
  private final NameNormalizer normalizer;
  private final NameIndex index;
  private final Initialisms initialisms;

  /**
   * The score of a match on the consonants of a name in Hebrew letters ({@link HebrewConsonants}):
   * above the default threshold, below a match on the letters themselves.
   */
  static final double HEBREW_CONSONANTS_SCORE = 0.85;

  /** A best match at least this good as written: Wade–Giles readings are not tried. */
  static final double WADE_GILES_NEEDLESS = 0.95;

  /** The registered names in Hebrew letters, by their consonant keys (long enough ones only). */
  private final Map<String, List<Integer>> hebrewKeys = new HashMap<>();

  private NameMatcher(List<Organization> organizations) {
    this.organizations = List.copyOf(organizations);
    this.normalizer = new NameNormalizer(NameWords.bundled());
    this.index = NameIndex.build(this.organizations, normalizer);
    this.initialisms = Initialisms.of(index.entries, normalizer.words());
    for (int e = 0; e < index.entries.size(); e++) {
      String text = index.entries.get(e).text();
      if (HebrewConsonants.isHebrew(text)) {
        String key = HebrewConsonants.ofHebrew(text);
        if (HebrewConsonants.length(key) >= HebrewConsonants.MIN_LENGTH) {
          hebrewKeys.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  public static NameMatcher of(List<Organization> organizations) {
    return new NameMatcher(organizations);
  }

  public List<Organization> organizations() {
    return organizations;
  }

  /**
   * The organizations whose best-matching name scores at least {@code threshold}, best first (ties
   * by id), at most {@code limit}. Blank names match nothing.
   */
  public List<NameMatch> match(String name, double threshold, int limit) {
    var split = OwnerPhrases.split(name);
    if (split.isEmpty()) {
      return matchName(name, threshold, limit);
    }
    // A name carrying its owner or another name of its own: the whole, the firm named and the
    // second name are each screened; each organization keeps its best match.
    Map<String, NameMatch> byId = byOrganization(matchName(name, threshold, limit));
    for (NameMatch m : matchName(split.get().named(), threshold, limit)) {
      keepBetter(byId, m);
    }
    String rule = split.get().relation().label + " '" + split.get().second() + "'";
    for (NameMatch m : matchName(split.get().second(), threshold, limit)) {
      NameMatch named = withRule(m, "named as " + rule);
      keepBetter(byId, named);
    }
    return ranked(byId.values(), limit);
  }

  /** The matches by organization id, to be merged with others by {@link #keepBetter}. */
  private static Map<String, NameMatch> byOrganization(List<NameMatch> found) {
    Map<String, NameMatch> byId = new HashMap<>();
    found.forEach(m -> byId.put(m.organizationId(), m));
    return byId;
  }

  /** Keeps {@code m} unless its organization already has a match at least as good. */
  private static void keepBetter(Map<String, NameMatch> byId, NameMatch m) {
    byId.merge(m.organizationId(), m, (a, b) -> b.score() > a.score() ? b : a);
  }

  private static NameMatch withRule(NameMatch m, String rule) {
    MatchExplanation e = m.explanation();
    List<String> rules = new ArrayList<>(e.rules());
    rules.add(0, rule);
    return new NameMatch(
        m.organizationId(),
        m.organizationName(),
        m.matchedName(),
        m.matchedOnAlias(),
        m.score(),
        new MatchExplanation(
            e.screenedAs(),
            e.registeredAs(),
            e.screenedSteps(),
            e.registeredSteps(),
            e.matchedWords(),
            rules,
            e.tokenScore(),
            e.charScore()));
  }

  private List<NameMatch> matchName(String name, double threshold, int limit) {
    NameForm query = normalizer.normalize(name);
    if (query.isEmpty()) {
      return List.of();
    }
    List<NameMatch> found =
        withHebrewConsonants(
            query,
            best(query, index.candidates(query, CANDIDATES), threshold, limit),
            threshold,
            limit);
    found = withWadeGiles(name, query.tokens(), found, threshold, limit);
    return found.isEmpty() ? withInitials(query, threshold) : found;
  }

  /**
   * A name written in capitals that nothing else matched, as the initials of a registered name of
   * several words ({@link Initialisms}): "CNEIEC" (or "CNEIEC Beijing") for China National
   * Electronics Import and Export Corporation.
   */
  private List<NameMatch> withInitials(NameForm query, double threshold) {
    if (threshold > Initialisms.SCORE) {
      return List.of();
    }
    var found = initialisms.of(query);
    if (found.isEmpty()) {
      return List.of();
    }
    NameIndex.Entry entry = index.entries.get(found.get().entry());
    Organization org = organizations.get(entry.organization());
    List<String> beside = Initialisms.besideWords(query, found.get().initials());
    String rule = "the initials of '" + entry.text() + "'";
    if (!beside.isEmpty()) {
      rule += " beside place or common words: " + String.join(" ", beside);
    }
    return List.of(
        new NameMatch(
            org.id(),
            org.name(),
            entry.text(),
            !entry.primary(),
            Initialisms.SCORE,
            new MatchExplanation(
                query.key(),
                entry.form().key(),
                query.steps(),
                entry.form().steps(),
                List.of(found.get().initials() + "~" + entry.form().key()),
                List.of(rule),
                Initialisms.SCORE,
                Initialisms.SCORE)));
  }

  /**
   * The matches with those of the name's pinyin readings added, when it is written in Wade–Giles
   * ("Chung-hsing" read as "zhongxing"); each organization keeps its best match.
   */
  private List<NameMatch> withWadeGiles(
      String name, List<String> asWritten, List<NameMatch> found, double threshold, int limit) {
    // A name already met (nearly) as written needs no other reading.
    if (!found.isEmpty() && found.get(0).score() >= WADE_GILES_NEEDLESS) {
      return found;
    }
    List<String> readings = WadeGiles.pinyinReadings(name, normalizer.words().pinyinSyllables);
    if (readings.isEmpty()) {
      return found;
    }
    Map<String, NameMatch> byId = byOrganization(found);
    for (String reading : readings) {
      NameForm read = normalizer.normalize(reading);
      // a reading the name as written already gave ("hai-kang" as "haikang") was matched already
      if (read.isEmpty() || read.tokens().equals(asWritten)) {
        continue;
      }
      List<String> steps = new ArrayList<>();
      steps.add("Wade-Giles read as pinyin: " + reading);
      steps.addAll(read.steps());
      NameForm form = NameForm.of(name, read.tokens(), read.kinds(), steps, read.truncations());
      for (NameMatch m : best(form, index.candidates(form, CANDIDATES), threshold, limit)) {
        keepBetter(byId, m);
      }
    }
    return ranked(byId.values(), limit);
  }

  /**
   * The naive baseline for the benchmark: the same scores, computed against every registered name
   * instead of the index's candidates.
   */
  public List<NameMatch> matchExhaustively(String name, double threshold, int limit) {
    NameForm query = normalizer.normalize(name);
    if (query.isEmpty()) {
      return List.of();
    }
    List<Integer> all = new ArrayList<>();
    for (int e = 0; e < index.entries.size(); e++) {
      NameIndex.Entry entry = index.entries.get(e);
      if (index.scorer.quickScore(query, entry.form(), threshold, entry.country()) >= threshold) {
        all.add(e);
      }
    }
    return withHebrewConsonants(
        query,
        best(query, all.stream().mapToInt(Integer::intValue).toArray(), threshold, limit),
        threshold,
        limit);
  }

  /**
   * The matches with those added whose names in Hebrew letters have the consonants of a name
   * screened in Latin letters, word for word ("Elbit Maarachot" for "אלביט מערכות"), where the
   * letters alone found no match as good.
   */
  private List<NameMatch> withHebrewConsonants(
      NameForm query, List<NameMatch> found, double threshold, int limit) {
    if (hebrewKeys.isEmpty()
        || threshold > HEBREW_CONSONANTS_SCORE
        || HebrewConsonants.isHebrew(query.original())) {
      return found;
    }
    String key = HebrewConsonants.ofLatin(query.tokens());
    List<Integer> hits = hebrewKeys.get(key);
    if (hits == null) {
      return found;
    }
    Map<String, NameMatch> byId = byOrganization(found);
    for (int e : hits) {
      NameIndex.Entry entry = index.entries.get(e);
      Organization org = organizations.get(entry.organization());
      keepBetter(
          byId,
          new NameMatch(
              org.id(),
              org.name(),
              entry.text(),
              !entry.primary(),
              HEBREW_CONSONANTS_SCORE,
              new MatchExplanation(
                  query.key(),
                  entry.form().key(),
                  query.steps(),
                  entry.form().steps(),
                  List.of(key + "~" + HebrewConsonants.ofHebrew(entry.text())),
                  List.of("the consonants agree with the name in Hebrew letters: " + key),
                  HEBREW_CONSONANTS_SCORE,
                  HEBREW_CONSONANTS_SCORE)));
    }
    return ranked(byId.values(), limit);
  }

  /**
   * An organization's best-matching name so far: its entry, rounded score, and what lowered it
   * (words of another trade, a legal form of another country, misspelt list words).
   */
  private record Best(
      int entry, double score, List<String> added, boolean otherCountry, List<String> misspelt) {}

  private List<NameMatch> best(NameForm query, int[] candidates, double threshold, int limit) {
    Map<Integer, Best> byOrganization = new HashMap<>();
    List<String> trades = OtherTrades.in(query.tokens());
    String formCountry = LegalFormCountries.of(query);
    List<String> slips = ListedSlips.slipSteps(query);
    double[] queryIdfs = index.scorer.idfs(query);
    for (int e : candidates) {
      NameIndex.Entry entry = index.entries.get(e);
      // The score without its explanation (the same number): the explanation's strings are made
      // only for the organizations returned.
      double score =
          index.scorer.quickScore(
              query, queryIdfs, entry.form(), index.idfs(e), threshold, entry.country());
      if (score < threshold) {
        continue;
      }
      List<String> added =
          trades.isEmpty() ? List.of() : OtherTrades.added(trades, entry.form().tokens());
      boolean otherCountry =
          LegalFormCountries.contradicts(formCountry, entry.form(), entry.country());
      List<String> misspelt = slips.isEmpty() ? List.of() : misspelt(slips, entry.form());
      if (!added.isEmpty()) {
        score *= OtherTrades.FACTOR;
      }
      if (otherCountry) {
        score *= LegalFormCountries.FACTOR;
      }
      if (!misspelt.isEmpty()) {
        score *= Math.pow(ListedSlips.FACTOR, misspelt.size());
      }
      if (score < threshold) {
        continue;
      }
      Best previous = byOrganization.get(entry.organization());
      double rounded = round(score);
      // Equal scores: the name written exactly as screened, then the name listed first (the
      // organization's own name before its aliases).
      if (previous == null
          || rounded > previous.score()
          || (rounded == previous.score() && tieBreak(query, e, previous.entry()))) {
        byOrganization.put(
            entry.organization(), new Best(e, rounded, added, otherCountry, misspelt));
      }
    }
    // Ranked as ranked() ranks matches: best score first, then by organization id.
    return byOrganization.values().stream()
        .sorted(
            Comparator.comparingDouble(Best::score)
                .reversed()
                .thenComparing(
                    b -> organizations.get(index.entries.get(b.entry()).organization()).id()))
        .limit(limit)
        .map(b -> explained(query, queryIdfs, b, formCountry))
        .toList();
  }

  /** The match of an organization's best name, with its explanation. */
  private NameMatch explained(NameForm query, double[] queryIdfs, Best best, String formCountry) {
    NameIndex.Entry entry = index.entries.get(best.entry());
    NameScorer.Scored s =
        index.scorer.score(
            query, queryIdfs, entry.form(), index.idfs(best.entry()), entry.country());
    if (!best.added().isEmpty()) {
      s = lowered(s, OtherTrades.FACTOR, OtherTrades.rule(best.added()));
    }
    if (best.otherCountry()) {
      s =
          lowered(
              s, LegalFormCountries.FACTOR, LegalFormCountries.rule(formCountry, entry.country()));
    }
    if (!best.misspelt().isEmpty()) {
      s =
          lowered(
              s,
              Math.pow(ListedSlips.FACTOR, best.misspelt().size()),
              "misspelt list words read as such: " + String.join("; ", best.misspelt()));
    }
    return toMatch(query, entry, s);
  }

  /**
   * The list words the screened name misspells and the registered name does not ({@link
   * ListedSlips}): each lowers the score, so a name spelt right ranks first.
   */
  private static List<String> misspelt(List<String> slips, NameForm registered) {
    List<String> own = new ArrayList<>(slips);
    own.removeAll(registered.steps());
    return own;
  }

  private static NameScorer.Scored lowered(NameScorer.Scored s, double factor, String rule) {
    List<String> rules = new ArrayList<>(s.rules());
    rules.add(rule);
    return new NameScorer.Scored(
        s.score() * factor, s.tokenScore(), s.charScore(), s.pairs(), rules);
  }

  private boolean tieBreak(NameForm query, int entry, int current) {
    boolean exact = index.entries.get(entry).text().equalsIgnoreCase(query.original().strip());
    boolean currentExact =
        index.entries.get(current).text().equalsIgnoreCase(query.original().strip());
    return exact != currentExact ? exact : entry < current;
  }

  private NameMatch toMatch(NameForm query, NameIndex.Entry entry, NameScorer.Scored s) {
    Organization org = organizations.get(entry.organization());
    return new NameMatch(
        org.id(),
        org.name(),
        entry.text(),
        !entry.primary(),
        round(s.score()),
        new MatchExplanation(
            query.key(),
            entry.form().key(),
            query.steps(),
            entry.form().steps(),
            s.pairs(),
            s.rules(),
            round(s.tokenScore()),
            round(s.charScore())));
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Best score first; equal scores by organization id, so a screening run is reproducible. */
  private static List<NameMatch> ranked(Collection<NameMatch> matches, int limit) {
    return matches.stream()
        .sorted(
            Comparator.comparingDouble(NameMatch::score)
                .reversed()
                .thenComparing(NameMatch::organizationId))
        .limit(limit)
        .toList();
  }
}
