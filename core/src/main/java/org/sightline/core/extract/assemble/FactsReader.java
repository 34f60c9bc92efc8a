package org.sightline.core.extract.assemble;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.Dateline;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.model.TransferStatus;

/**
 * Pass 1 of the assembler: the {@link Facts} of every sentence that has a mention, in order, and
 * the votes for the document's supplier country. Kept in small methods so that the JIT compiles and
 * inlines them well.
 */
final class FactsReader {
  private final Set<String> placeNouns;
  // ", and", "and the" are read with their comma and article; see joinsList
  private final Set<String> listJoiners;
  private final int longestListJoiner;

  private final CountryRoles roles;
  private final UnknownOrganizations unknownOrgs;

  // "vendors such as Hikvision", "marcas chinas como Hikvision": the words before vendors given as
  // examples
  private final Set<String> exampleWords;
  private final LosingBidders losingBidders;
  // "Cognyte, antiga Verint", "formerly Verint": the word before a company's old name
  private final Set<String> formerNameWords;
  private final boolean english;

  FactsReader(Lexicon lexicon, Language language) {
    this.roles = new CountryRoles(lexicon, language);
    this.unknownOrgs = new UnknownOrganizations(lexicon, language);
    this.placeNouns = CueWords.named("place-nouns", language);
    this.exampleWords = CueWords.named("example-words", language);
    this.losingBidders = new LosingBidders(language);
    this.formerNameWords = CueWords.named("former-name-words", language);
    this.english = language == Language.EN;
    this.listJoiners = listJoiners(language);
    this.longestListJoiner = listJoiners.stream().mapToInt(String::length).max().orElse(0);
  }

  void collect(
      String norm,
      Segments seg,
      Mentions m,
      List<Facts> facts,
      Map<String, Double> supplierVotes,
      DocumentCounts counts) {
    int e = 0;
    int t = 0;
    // The dateline's place and date are where and when the story was filed: not evidence.
    int bodyStart = Dateline.bodyStart(norm, m.language() != Language.EN);
    for (int k = 0; k < m.entityCount && m.entityStart[k] < bodyStart; k++) {
      if (m.entities[k].kind().isCountry()) {
        counts.dateline(m.entities[k]);
      }
    }
    // "Awardees:" then "- Wintics (Paris)": list items take the cue of the line introducing them.
    Term listHeader = null;
    for (int s = 0; s < seg.count(); s++) {
      int ss = Math.max(seg.start(s), bodyStart);
      int se = seg.end(s);
      if (ss >= se) {
        continue;
      }
      if (!isListItem(norm, ss)) {
        listHeader = null;
      }
      while (e < m.entityCount && m.entityStart[e] < ss) {
        e++;
      }
      while (t < m.termCount && m.termStart[t] < ss) {
        t++;
      }
      int e0 = e;
      int t0 = t;
      while (e < m.entityCount && m.entityStart[e] < se) {
        e++;
      }
      while (t < m.termCount && m.termStart[t] < se) {
        t++;
      }
      Term inherited = listHeader;
      if (norm.charAt(se - 1) == ':') {
        listHeader = strongestCue(m, t0, t);
      }
      if (e == e0 && !mattersWithoutEntity(m, t0, t) && inherited == null) {
        continue; // most sentences of a news corpus: nothing to assemble
      }
      Facts f = sentenceFacts(norm, s, ss, se, seg.paragraph(s), m, e0, e, t0, t, inherited);
      if (f == null) {
        continue;
      }
      f.firstInParagraph = s == 0 || seg.paragraph(s - 1) != seg.paragraph(s);
      facts.add(f);
      vote(f, supplierVotes);
      counts.count(f, seg.paragraph(s) == seg.paragraph(0));
    }
  }

  /** What stands between the countries of a list ("Kenya, Uganda and Zambia"). */
  private static Set<String> listJoiners(Language language) {
    Set<String> english =
        Set.of(",", "and", ", and", "or", ", or", "&", "as well as", ", as well as");
    Set<String> more =
        switch (language) {
          case EN -> Set.of();
          case ES -> Set.of("y", ", y", "e", "o", ", o", "y el", "y la", "y los", "así como");
          case FR -> Set.of("et", ", et", "ou", "et le", "et la", "et l'", "et les", "ainsi que");
          case PT -> Set.of("e", ", e", "ou", "e o", "e a", "e os", "e as", "bem como");
        };
    Set<String> all = new java.util.HashSet<>(english);
    all.addAll(more);
    return Set.copyOf(all);
  }

  private static boolean isListItem(String norm, int start) {
    char c = norm.charAt(start);
    return (c == '-' || c == '*' || c == '\u2022' || c == '\u00b7')
        && start + 1 < norm.length()
        && norm.charAt(start + 1) == ' ';
  }

  /** The term with the strongest transfer cue among the sentence's terms, or null. */
  private static Term strongestCue(Mentions m, int t0, int t1) {
    Term best = null;
    for (int i = t0; i < t1; i++) {
      if (m.terms[i].cue() > 0 && (best == null || m.terms[i].cue() > best.cue())) {
        best = m.terms[i];
      }
    }
    return best;
  }

  /** A supplier-side country, and the home of every named vendor, counts for the document. */
  private static void vote(Facts f, Map<String, Double> supplierVotes) {
    for (CountryGroup g : f.groups) {
      if (g.role == CountryGroup.SUPPLIER) {
        for (String c : g.codes) {
          supplierVotes.merge(c, 1.0, Double::sum);
        }
      }
    }
    for (Entity o : f.orgs) {
      if (o.country() != null) {
        supplierVotes.merge(o.country(), 1.0, Double::sum);
      }
    }
  }

  private static boolean mattersWithoutEntity(Mentions m, int t0, int t1) {
    for (int i = t0; i < t1; i++) {
      Term t = m.terms[i];
      if (t.cue() > 0 || !t.technologies().isEmpty() || t.has(Term.F_FIN)) {
        return true;
      }
    }
    return false;
  }

  private Facts sentenceFacts(
      String norm,
      int index,
      int ss,
      int se,
      int paragraph,
      Mentions m,
      int e0,
      int e1,
      int t0,
      int t1,
      Term listHeader) {
    Facts f = new Facts();
    f.index = index;
    f.start = ss;
    f.end = se;
    f.paragraph = paragraph;
    f.termFrom = t0;
    f.termTo = t1;
    readTerms(norm, m, f);
    if (listHeader != null && listHeader.cue() > f.cue) {
      f.cue = listHeader.cue();
      if (f.status == null) {
        f.status = listHeader.status();
      }
    }
    groupEntities(norm, m, e0, e1, f);
    if (f.groups.isEmpty()
        && f.orgs.isEmpty()
        && f.agencies.isEmpty()
        && f.cue == 0
        && f.tech.isEmpty()
        && !f.finWord) {
      return null;
    }
    if (f.cue >= 1 || !f.tech.isEmpty()) {
      unknownOrgs.find(norm, f, m, e0, e1);
      // "Mauritius Telecom" names a company, not the country.
      f.groups.removeIf(g -> f.namePlaces.contains(g.start));
    }
    losingBidders.drop(norm, f);
    for (CountryGroup g : f.groups) {
      roles.score(norm, ss, se, g, f);
    }
    CountryRoles.lockDomesticRecipient(f);
    if (!f.orgStarts.isEmpty()) {
      int first = f.orgStarts.get(0);
      int[] ws = new int[1];
      String w1 = Words.before(norm, first, ss, ws);
      String w2 = w1.isEmpty() ? "" : Words.before(norm, ws[0], ss, ws);
      f.examplesOnly = exampleWords.contains(w1) || exampleWords.contains(w2 + "-" + w1);
    }
    return f;
  }

  /** Cue, hedge, technologies, negation, anaphora and status from the sentence's terms. */
  private static void readTerms(String norm, Mentions m, Facts f) {
    int bestStatusCue = 0;
    int firstHypothetical = -1;
    int firstStrongCue = -1;
    for (int i = f.termFrom; i < f.termTo; i++) {
      Term t = m.terms[i];
      f.cue = Math.max(f.cue, t.cue());
      if (t.hedge() >= 2 && firstHypothetical < 0) {
        firstHypothetical = m.termStart[i];
      } else if (t.hedge() == 1) {
        f.hedge = Math.max(f.hedge, 1);
      }
      if (t.cue() >= 2 && firstStrongCue < 0) {
        firstStrongCue = m.termStart[i];
      }
      f.tech.addAll(t.technologies());
      if (t.has(Term.F_HEARSAY)) {
        f.hearsay = true;
      }
      if (t.has(Term.F_NEG)) {
        f.negation = true;
      }
      // "the state-wide system" does not refer back to a state
      boolean compound = m.termEnd[i] < f.end && norm.charAt(m.termEnd[i]) == '-';
      if (t.has(Term.F_ANA) && !compound) {
        f.anaphor = true;
      }
      if (t.has(Term.F_ORGANA) && !compound) {
        f.orgAnaphor = true;
      }
      if (t.has(Term.F_FIN)) {
        f.finWord = true;
      }
      f.context |=
          t.flags()
              & (Term.F_PROSPECT
                  | Term.F_DETECTED
                  | Term.F_RANKING
                  | Term.F_TRANSIT
                  | Term.F_ADDRESSEE
                  | Term.F_SANCTION);
      if (t.status() != null) {
        bestStatusCue = chooseStatus(f, t, bestStatusCue);
      }
    }
    // A hypothetical ("may turn to", "could") governs the sentence unless a firm statement of a
    // transfer comes before it ("sold cameras to Kenya, which could be used ...").
    f.hypothetical = firstHypothetical >= 0;
    if (firstHypothetical >= 0 && (firstStrongCue < 0 || firstHypothetical < firstStrongCue)) {
      f.hedge = 2;
    }
  }

  /**
   * The strongest cue sets the status, but a firm cue (2 or more) of a later stage of the deal
   * itself beats one of an earlier stage ("a deal signed in 2019 ... received 3,200 cameras" is
   * delivered). "Operational" describes use, often in a side clause ("technology used in the name
   * of security"), so it needs a stronger cue than the stage it would override ("imported ...
   * technology used in" stays delivered). A denial, cancellation or suspension governs the
   * sentence. Returns the firmness of the status now chosen.
   */
  private static int chooseStatus(Facts f, Term t, int bestStatusCue) {
    int firmness = t.status() == TransferStatus.OPERATIONAL ? t.cue() - 1 : Math.min(t.cue(), 2);
    if (f.status == null
        || firmness > bestStatusCue
        || (firmness == bestStatusCue && Draft.rank(t.status()) > Draft.rank(f.status))
        || Draft.rank(t.status()) >= 7) {
      if (f.status == null || Draft.rank(f.status) < 7) {
        f.status = t.status();
        return firmness;
      }
    }
    return bestStatusCue;
  }

  /** Organizations, lenders and agencies by kind; countries grouped into lists ("A, B and C"). */
  private void groupEntities(String norm, Mentions m, int e0, int e1, Facts f) {
    CountryGroup current = null;
    for (int i = e0; i < e1; i++) {
      Entity en = m.entities[i];
      int s = m.entityStart[i];
      int en1 = m.entityEnd[i];
      switch (en.kind()) {
        case SUPPLIER_ORG -> {
          if (formerName(norm, s, f)) {
            continue; // "a israelense Cognyte, antiga Verint": one company, its old name
          }
          if (Subsidiaries.unnamedBefore(norm, s, f.start, m.language(), new int[1])
              || !Parents.isParent(norm, s, f.start, m.language())) {
            f.orgs.add(en);
            f.orgStarts.add(s);
          } else if (current != null && m.language() != Language.EN && adjacent(norm, current, s)) {
            f.groups.remove(current); // "détenue par le japonais Canon": the owner's home
            current = null;
          }
        }
        case LENDER -> f.lenders.add(en);
        case AGENCY -> f.agencies.add(en);
        default -> {
          if (namesAPlace(norm, en1, f.end)) {
            continue; // "Cairo Road" in Lusaka is a street, not Egypt
          }
          if (current != null && joinsList(norm, current.end, s)) {
            current.end = en1;
            if (!current.codes.contains(en.country())) {
              current.codes.add(en.country());
            }
            current.entities.add(en);
            current.capital |= isPlace(en);
          } else {
            current = new CountryGroup();
            current.start = s;
            current.end = en1;
            current.codes.add(en.country());
            current.entities.add(en);
            current.capital = isPlace(en);
            f.groups.add(current);
          }
        }
      }
    }
  }

  /**
   * A name right after a former-name word, once the sentence has named a company. Read in Spanish,
   * French and Portuguese: "formerly" moved English confidences, which this round leaves alone.
   */
  private boolean formerName(String norm, int start, Facts f) {
    if (f.orgs.isEmpty() || english) {
      return false;
    }
    int[] ws = new int[1];
    return formerNameWords.contains(Words.before(norm, start, f.start, ws));
  }

  /** Whether only spaces stand between a country group and a name at {@code nameStart}. */
  private static boolean adjacent(String norm, CountryGroup g, int nameStart) {
    return g.end <= nameStart && norm.substring(g.end, nameStart).isBlank();
  }

  /** A capital or another city or region: where the recipient's system is, seldom a supplier. */
  private static boolean isPlace(Entity e) {
    return e.kind() == Entity.Kind.COUNTRY_CAPITAL || e.kind() == Entity.Kind.COUNTRY_PLACE;
  }

  /** Whether a country name is the first word of another proper name ("Cairo Road"). */
  private boolean namesAPlace(String norm, int end, int to) {
    if (end + 1 >= to || norm.charAt(end) != ' ' || !Character.isUpperCase(norm.charAt(end + 1))) {
      return false;
    }
    return placeNouns.contains(Words.atAsWritten(norm, end + 1, to));
  }

  private boolean joinsList(String norm, int from, int to) {
    // Trim by offsets first: the gap between two countries is usually a long stretch of prose,
    // and copying it only to find it is not a list separator is the common case.
    while (from < to && norm.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && norm.charAt(to - 1) <= ' ') {
      to--;
    }
    if (to - from > longestListJoiner + " the".length()) {
      return false;
    }
    String gap = norm.substring(from, to);
    // "Pakistan and the Philippines": the article belongs to the next country's name.
    if (gap.endsWith(" the")) {
      gap = gap.substring(0, gap.length() - " the".length()).trim();
    }
    return listJoiners.contains(gap);
  }
}
