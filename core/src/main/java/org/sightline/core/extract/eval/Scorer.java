package org.sightline.core.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.Candidate;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.Organization;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.registry.OrganizationNames;

/**
 * Scores candidates against gold exactly as {@code extraction.md} says: drop candidates below the
 * minimum confidence; a candidate matches a gold transfer of the same text when the recipient is
 * equal and either their supplier organizations share a name after normalisation (legal suffixes,
 * case, punctuation; known aliases of the register), or the gold names no organization and the
 * supplier countries are equal; matching is one-to-one, greedy by confidence; micro
 * precision/recall/F1; field accuracies on matched pairs; calibration of all candidates.
 */
public final class Scorer {
  private final Map<String, Set<String>> aliasKeys = new HashMap<>();

  /** {@code organizations} supplies the known aliases (may be empty). */
  public Scorer(List<Organization> organizations) {
    for (Organization o : organizations) {
      Set<String> keys = new HashSet<>();
      keys.add(OrganizationNames.key(o.name()));
      for (String a : o.aliases()) {
        keys.add(OrganizationNames.key(a));
      }
      keys.remove("");
      for (String k : keys) {
        aliasKeys.computeIfAbsent(k, x -> new HashSet<>()).addAll(keys);
      }
    }
  }

  /** The outcome for one document. */
  public record DocumentResult(
      GoldDocument document,
      List<Candidate> kept,
      List<int[]> pairs,
      List<Candidate> unmatched,
      List<GoldTransfer> missed) {}

  /** Scores every document; {@code predictions} holds all candidates of each document id. */
  public EvalReport score(
      List<GoldDocument> docs, Map<String, List<Candidate>> predictions, double minConfidence) {
    EvalReport.Builder report = new EvalReport.Builder(minConfidence);
    for (GoldDocument d : docs) {
      List<Candidate> all = predictions.getOrDefault(d.id(), List.of());
      // Calibration looks at every candidate, matched with no threshold.
      List<int[]> allPairs = match(d.gold(), all);
      boolean[] correct = new boolean[all.size()];
      for (int[] p : allPairs) {
        correct[p[0]] = true;
      }
      for (int i = 0; i < all.size(); i++) {
        report.calibrate(all.get(i).confidence(), correct[i]);
        if (d.gold().isEmpty()) {
          report.onEmptyText(all.get(i).confidence());
        }
      }
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : all) {
        if (c.confidence() >= minConfidence) {
          kept.add(c);
        }
      }
      List<int[]> pairs = match(d.gold(), kept);
      Set<Integer> matchedPred = new HashSet<>();
      Set<Integer> matchedGold = new HashSet<>();
      for (int[] p : pairs) {
        matchedPred.add(p[0]);
        matchedGold.add(p[1]);
        fields(report, kept.get(p[0]), d.gold().get(p[1]));
      }
      List<Candidate> unmatched = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        if (!matchedPred.contains(i)) {
          unmatched.add(kept.get(i));
        }
      }
      List<GoldTransfer> missed = new ArrayList<>();
      for (int i = 0; i < d.gold().size(); i++) {
        if (!matchedGold.contains(i)) {
          missed.add(d.gold().get(i));
        }
      }
      report.document(new DocumentResult(d, kept, pairs, unmatched, missed));
    }
    return report.build();
  }

  /** Greedy one-to-one matching by confidence: pairs of (candidate index, gold index). */
  public List<int[]> match(List<GoldTransfer> gold, List<Candidate> candidates) {
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (a, b) -> Double.compare(candidates.get(b).confidence(), candidates.get(a).confidence()));
    boolean[] used = new boolean[gold.size()];
    List<int[]> pairs = new ArrayList<>();
    for (int ci : order) {
      Candidate c = candidates.get(ci);
      // Among the gold transfers it matches (the same parties may have several deals), a
      // candidate takes the one whose year and value agree best with it, so that the field
      // accuracies compare like with like.
      int best = -1;
      int bestAgreement = -1;
      for (int g = 0; g < gold.size(); g++) {
        if (!used[g] && matches(c, gold.get(g))) {
          int agreement = agreement(c, gold.get(g));
          if (agreement > bestAgreement) {
            best = g;
            bestAgreement = agreement;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
        pairs.add(new int[] {ci, best});
      }
    }
    return pairs;
  }

  private static int agreement(Candidate c, GoldTransfer g) {
    int a = 0;
    if (java.util.Objects.equals(c.year(), g.year())) {
      a++;
    }
    if ((c.value() == null) == (g.value() == null)) {
      a++;
    }
    return a;
  }

  /** The matching rule of {@code extraction.md}. */
  public boolean matches(Candidate c, GoldTransfer g) {
    if (g.recipientCountry() == null || !g.recipientCountry().equals(c.recipientCountry())) {
      return false;
    }
    if (g.supplierOrgs().isEmpty()) {
      return g.supplierCountry() != null && g.supplierCountry().equals(c.supplierCountry());
    }
    for (String p : c.supplierOrgs()) {
      Set<String> pk = keys(p);
      for (String q : g.supplierOrgs()) {
        for (String k : keys(q)) {
          if (pk.contains(k)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Set<String> keys(String name) {
    String k = OrganizationNames.key(name);
    Set<String> known = aliasKeys.get(k);
    if (known != null) {
      return known;
    }
    return k.isEmpty() ? Set.of() : Set.of(k);
  }

  /**
   * The field comparisons of one matched pair, each where the gold has the field: technologies by
   * Jaccard; year and month exact; value within 1% in the same currency; financing by the lender's
   * name (normalised as supplier names are) and, where the gold gives one, the amount as for value;
   * status exact; end user when one name, normalised to lower-case words, contains the other
   * ("Ministry of Home Affairs" and "Zambia's Ministry of Home Affairs").
   */
  private void fields(EvalReport.Builder r, Candidate c, GoldTransfer g) {
    Set<String> p = new HashSet<>();
    for (TechnologyCategory t : c.technologies()) {
      p.add(t.key());
    }
    Set<String> q = new HashSet<>(g.technologies());
    Set<String> union = new HashSet<>(p);
    union.addAll(q);
    Set<String> inter = new HashSet<>(p);
    inter.retainAll(q);
    r.field(Field.TECHNOLOGIES, union.isEmpty() ? 1.0 : (double) inter.size() / union.size());
    if (g.year() != null) {
      r.field(Field.YEAR, g.year().equals(c.year()));
    }
    if (g.month() != null) {
      r.field(Field.MONTH, g.month().equals(c.month()));
    }
    if (g.value() != null) {
      r.field(Field.VALUE, c.value() != null && sameAmount(g.value(), c.value()));
    }
    if (g.financing() != null) {
      r.field(Field.FINANCING, sameFinancing(g.financing(), c.financing()));
    }
    r.field(Field.STATUS, g.status() != null && g.status().equals(c.status().key()));
    if (g.endUser() != null) {
      r.field(Field.END_USER, sameEndUser(g.endUser(), c.endUser()));
    }
  }

  private static boolean sameAmount(Money gold, Money predicted) {
    if (gold.currency() == null || !gold.currency().equals(predicted.currency())) {
      return false;
    }
    BigDecimal g = gold.amount();
    BigDecimal diff = g.subtract(predicted.amount()).abs();
    return g.signum() == 0
        ? diff.signum() == 0
        : diff.divide(g.abs(), 6, RoundingMode.HALF_UP).compareTo(new BigDecimal("0.01")) <= 0;
  }

  private boolean sameFinancing(Financing gold, Financing predicted) {
    if (predicted == null) {
      return false;
    }
    if (gold.lender() != null) {
      if (predicted.lender() == null) {
        return false;
      }
      Set<String> pk = keys(predicted.lender());
      if (keys(gold.lender()).stream().noneMatch(pk::contains)) {
        return false;
      }
    }
    if (gold.amount() == null) {
      return true;
    }
    return predicted.amount() != null
        && sameAmount(
            new Money(gold.amount(), gold.currency()),
            new Money(predicted.amount(), predicted.currency()));
  }

  static boolean sameEndUser(String gold, String predicted) {
    if (predicted == null) {
      return false;
    }
    String g = words(gold);
    String p = words(predicted);
    return !g.isBlank() && !p.isBlank() && (g.contains(p) || p.contains(g));
  }

  private static String words(String s) {
    return " "
        + s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim()
        + " ";
  }
}
