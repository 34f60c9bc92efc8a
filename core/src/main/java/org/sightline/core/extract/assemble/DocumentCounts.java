package org.sightline.core.extract.assemble;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.lexicon.Entity;

/**
 * What the whole document says about its parties: how often each country and organization is named,
 * and the country the story is about (its main country), for candidates whose recipient is only
 * implied ("the city council voted to end its contract with Flock Safety") and for features.
 */
final class DocumentCounts {
  private final Map<String, Integer> countryMentions = new HashMap<>();
  private final Map<String, Integer> orgMentions = new HashMap<>();
  private final Map<String, Double> recipientVotes = new HashMap<>();
  private final Map<String, Supplier> orgs = new HashMap<>();
  // countries named in a dateline, by money, by an agency or in a role other than a supplier's
  private final Set<String> namedNotAsSupplier = new HashSet<>();
  private String mainCountry;
  private Supplier mainOrganization;

  /** A country named in the dateline: where the story was filed, usually what it is about. */
  void dateline(Entity e) {
    vote(e.country());
  }

  /** A country the document is about without naming it in a sentence (dateline, money). */
  void vote(String country) {
    recipientVotes.merge(country, 2.0, Double::sum);
    namedNotAsSupplier.add(country);
  }

  /** Counts a sentence's mentions; {@code lead} for the document's first sentence. */
  void count(Facts f, boolean lead) {
    for (CountryGroup g : f.groups) {
      double vote =
          g.role == CountryGroup.RECIPIENT ? 2 : g.role == CountryGroup.NEUTRAL ? 1 : 0.25;
      for (String c : g.codes) {
        countryMentions.merge(c, 1, Integer::sum);
        recipientVotes.merge(c, lead ? vote + 1 : vote, Double::sum);
        if (g.role == CountryGroup.RECIPIENT) {
          namedNotAsSupplier.add(c);
        }
      }
    }
    for (Entity a : f.agencies) {
      if (a.country() != null) {
        recipientVotes.merge(a.country(), 2.0, Double::sum);
        namedNotAsSupplier.add(a.country());
      }
    }
    for (Entity o : f.orgs) {
      orgMentions.merge(o.name(), lead ? 2 : 1, Integer::sum);
      orgs.putIfAbsent(o.name(), new Supplier(o.name(), o.country(), false, false, -1));
    }
    for (int k = 0; k < f.unknownOrgs.size(); k++) {
      String u = f.unknownOrgs.get(k);
      orgMentions.merge(u, 1, Integer::sum);
      orgs.putIfAbsent(u, new Supplier(u, f.unknownOrgCountry, true, f.unknownOrgWeak.get(k), -1));
    }
  }

  /**
   * Settles the main country (most votes, ties to the first code) and the main organization: the
   * one named most, at least twice (a mention in the lead counts twice), ties to none.
   */
  void finish() {
    int most = 1;
    for (Map.Entry<String, Integer> e : orgMentions.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        mainOrganization = orgs.get(e.getKey());
      } else if (e.getValue() == most) {
        mainOrganization = null;
      }
    }
    double best = 0;
    for (Map.Entry<String, Double> v : recipientVotes.entrySet()) {
      if (v.getValue() > best
          || (v.getValue() == best
              && mainCountry != null
              && v.getKey().compareTo(mainCountry) < 0)) {
        best = v.getValue();
        mainCountry = v.getKey();
      }
    }
  }

  Supplier mainOrganization() {
    return mainOrganization;
  }

  /**
   * Whether the document names {@code country} somewhere other than as a supplier's side: in its
   * dateline, by its currency, by an agency, or in a sentence that gives it another role.
   */
  boolean namedNotAsSupplier(String country) {
    return namedNotAsSupplier.contains(country);
  }

  String mainCountry() {
    return mainCountry;
  }

  int countryMentions(String code) {
    return code == null ? 0 : countryMentions.getOrDefault(code, 0);
  }

  int orgMentions(String name) {
    return orgMentions.getOrDefault(name, 0);
  }
}
