package org.sightline.core.screen;

import java.util.ArrayList;
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

  private NameMatcher(List<Organization> organizations) {
    this.organizations = List.copyOf(organizations);
    this.normalizer = new NameNormalizer(NameWords.bundled());
    this.index = NameIndex.build(this.organizations, normalizer);
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
    NameForm query = normalizer.normalize(name);
    if (query.isEmpty()) {
      return List.of();
    }
    return best(query, index.candidates(query, CANDIDATES), threshold, limit);
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
    return best(query, all.stream().mapToInt(Integer::intValue).toArray(), threshold, limit);
  }

  private List<NameMatch> best(NameForm query, int[] candidates, double threshold, int limit) {
    Map<Integer, NameMatch> byOrganization = new HashMap<>();
    Map<Integer, Integer> bestEntry = new HashMap<>();
    for (int e : candidates) {
      NameIndex.Entry entry = index.entries.get(e);
      if (index.scorer.quickScore(query, entry.form(), threshold, entry.country()) < threshold) {
        continue;
      }
      NameScorer.Scored s = index.scorer.score(query, entry.form(), entry.country());
      NameMatch previous = byOrganization.get(entry.organization());
      double rounded = round(s.score());
      // Equal scores: the name written exactly as screened, then the name listed first (the
      // organization's own name before its aliases).
      if (previous == null
          || rounded > previous.score()
          || (rounded == previous.score()
              && tieBreak(query, e, bestEntry.get(entry.organization())))) {
        byOrganization.put(entry.organization(), toMatch(query, entry, s));
        bestEntry.put(entry.organization(), e);
      }
    }
    return byOrganization.values().stream()
        .sorted(
            Comparator.comparingDouble(NameMatch::score)
                .reversed()
                .thenComparing(NameMatch::organizationId))
        .limit(limit)
        .toList();
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
}
