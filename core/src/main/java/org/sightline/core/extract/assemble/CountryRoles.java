package org.sightline.core.extract.assemble;

import java.util.List;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;

/**
 * Decides, for each country or list of countries in a sentence, whether it is on the supplier side
 * ("from China", "Chinese firms", "Chinese-made", the home of a named vendor) or the recipient side
 * ("to Kenya", "Kenyan police", "Kenya bought", a capital), by scoring the words around it.
 */
final class CountryRoles {
  private final Lexicon lexicon;
  private final Language language;
  private final Set<String> recPreps;
  private final Set<String> notRecipientAfterTo;
  private final Set<String> weakRecPreps;
  private final Set<String> passiveReceivers;
  private final Set<String> ofRecipientHeads;
  private final Set<String> supplierHyphen;
  private final Set<String> skippable;
  private final Set<String> becoming;
  private final Set<String> sourceHeads;
  private final Set<String> homeVerbs;
  private final Set<String> homePrepositions;
  private final Set<String> ofWords;
  private final Set<String> articles;
  private final SupplierSideBefore giverBefore;

  CountryRoles(Lexicon lexicon, Language language) {
    this.lexicon = lexicon;
    this.language = language;
    this.recPreps = CueWords.named("recipient-prepositions", language);
    this.notRecipientAfterTo = CueWords.named("not-recipient-after-to", language);
    this.weakRecPreps = CueWords.named("weak-recipient-prepositions", language);
    this.passiveReceivers = CueWords.named("passive-receivers", language);
    this.ofRecipientHeads = CueWords.named("of-recipient-heads", language);
    this.supplierHyphen = CueWords.named("supplier-hyphen", language);
    this.skippable = CueWords.named("subject-verb-skippable", language);
    this.becoming = CueWords.named("becoming-verbs", language);
    this.sourceHeads = CueWords.named("source-heads", language);
    this.homeVerbs = CueWords.named("home-verbs", language);
    this.homePrepositions = CueWords.named("home-prepositions", language);
    this.ofWords = CueWords.named("of-words", language);
    this.articles = CueWords.named("articles", language);
    this.giverBefore = new SupplierSideBefore(lexicon, language);
  }

  /** Scores the group's supplier and recipient sides from its sentence and sets its role. */
  void score(String norm, int ss, int se, CountryGroup g, Facts f) {
    scoreWordsBefore(norm, ss, g);
    Entity first = g.entities.get(0);
    Entity last = g.entities.get(g.entities.size() - 1);
    // After the (last) mention: "-made", possessive heads, or a verb with the country as subject.
    int p = g.end;
    if (p < se && norm.charAt(p) == '-') {
      String w = Words.at(norm, p + 1, se);
      if (supplierHyphen.contains(w)) {
        g.supScore += 3;
      }
    }
    boolean possessive = false;
    if (p + 1 < se && norm.charAt(p) == '\'') {
      possessive = true;
      p += norm.charAt(p + 1) == 's' ? 2 : 1;
    }
    boolean demonym = last.kind() == Entity.Kind.COUNTRY_DEMONYM;
    if (possessive || demonym) {
      // "Russia's Vega", "Chinese Huawei": the country is the home of the vendor named next.
      int next = Words.skipSpaces(norm, p, se);
      for (int k = 0; k < f.orgs.size(); k++) {
        if (f.orgStarts.get(k) == next && g.codes.contains(f.orgs.get(k).country())) {
          g.supScore += 3;
        }
      }
    }
    if (language != Language.EN) {
      scoreNounBefore(norm, ss, se, g, f, p);
      double giver = giverBefore.score(norm, ss, g.start);
      if (giver > 0) {
        g.supScore += giver;
      } else {
        g.recScore -= giver;
      }
    }
    boolean headFound = scoreHeadNoun(norm, se, g, p, demonym || possessive, demonym, first, last);
    if (!headFound && !demonym) {
      scoreSubjectVerb(norm, se, g, p);
    }
    g.explicitRecipient = g.recScore >= 2 && g.supScore == 0;
    g.explicitSupplier = g.supScore >= 2 && g.supScore > g.recScore;
    if (g.capital) {
      g.recScore += 1;
    }
    for (Entity o : f.orgs) {
      if (o.country() != null && g.codes.contains(o.country())) {
        g.supScore += 1.5;
      }
    }
    for (Entity l : f.lenders) {
      if (l.country() != null && g.codes.contains(l.country())) {
        g.supScore += 1;
      }
    }
    g.role = role(g);
  }

  /**
   * "to Kenya", "from China", "bought by Kenya", "the government of Kenya", "in the Philippines".
   */
  private void scoreWordsBefore(String norm, int ss, CountryGroup g) {
    int[] pw = new int[2];
    String prev = Words.before(norm, g.start, ss, pw);
    int prevStart = pw[0]; // pw is reused below for the words before prev
    g.prevWord = prev;
    String prev2 = prev.isEmpty() ? "" : Words.before(norm, pw[0], ss, pw);
    if (recPreps.contains(prev)) {
      if (!(prev.equals("to") && notRecipientAfterTo.contains(prev2))) {
        g.recScore += prev.equals("in") || prev.equals("at") ? 1.5 : 2;
      }
    } else if (prev.equals("from")) {
      g.supScore += 2;
    } else if (prev.equals("by")) {
      if (passiveReceivers.contains(prev2)) {
        g.recScore += 2;
      } else {
        g.supScore += 2;
      }
    } else if (ofWords.contains(prev) && ofRecipientHeads.contains(prev2)) {
      g.recScore += 2;
    } else if (weakRecPreps.contains(prev)) {
      g.recScore += 1;
    }
    if (g.entities.get(0).kind() == Entity.Kind.COUNTRY_NAME && articles.contains(prev)) {
      if (prev2.equals("to") || prev2.equals("for")) {
        g.recScore += 2; // "sold to the United Arab Emirates"
      } else if (prev2.equals("in")) {
        g.recScore += 1.5;
      } else if (language != Language.EN && recPreps.contains(prev2)) {
        g.recScore += 2; // "vendió a la Argentina", "para o Brasil"
      } else if (language != Language.EN
          && ofWords.contains(prev2)
          && ofRecipientHeads.contains(Words.before(norm, pw[0], ss, pw))) {
        g.recScore += 2; // "el Gobierno de la Argentina"
      }
    }
    // "Hacking Team S.r.l. (Milan, Italy)", "Wintics (Paris)": a place in brackets right after a
    // capitalised name is that company's home
    int open = g.start;
    while (open > ss && norm.charAt(open - 1) == ' ') {
      open--;
    }
    if (open > ss + 2 && norm.charAt(open - 1) == '(') {
      int before = open - 1;
      while (before > ss && norm.charAt(before - 1) == ' ') {
        before--;
      }
      int[] ws = new int[1];
      String name = Words.before(norm, before, ss, ws);
      if (!name.isEmpty() && Character.isUpperCase(norm.charAt(ws[0]))) {
        g.supScore += 3;
      }
    }
    // "a maker founded in 1995 in Suzhou", "a firm based in London", "dont le siège est à
    // Amsterdam": the company's home
    if (homePrepositions.contains(prev)) {
      int at = prevStart;
      for (int k = 0; k < 4 && at > ss; k++) {
        String w = Words.before(norm, at, ss, pw);
        if (w.isEmpty()) {
          break;
        }
        if (homeVerbs.contains(w)) {
          g.supScore += 3;
          break;
        }
        at = pw[0];
      }
    }
  }

  /**
   * "Kenyan police" (a recipient head), "Chinese firms" (a supplier head): looks up to three words
   * ahead after a demonym or possessive, one otherwise. Returns whether a head was found.
   */
  private boolean scoreHeadNoun(
      String norm,
      int se,
      CountryGroup g,
      int p,
      boolean demonymOrPossessive,
      boolean demonym,
      Entity first,
      Entity last) {
    int q = p;
    int looked = 0;
    while (looked < (demonymOrPossessive ? 3 : 1)) {
      while (q < se && norm.charAt(q) == ' ') {
        q++;
      }
      String w = Words.at(norm, q, se);
      if (w.isEmpty()) {
        break;
      }
      if (sourceHeads.contains(w)) {
        return true; // "Portuguese news agency Lusa": who reported it, not a party
      }
      Term two = word(w + " " + Words.at(norm, q + w.length() + 1, se));
      Term term =
          two != null && (two.has(Term.F_RECHEAD) || two.has(Term.F_SUPHEAD)) ? two : word(w);
      if (term != null && term.has(Term.F_RECHEAD)) {
        g.recScore += 2;
        if (term.has(Term.F_ENDUSER) && demonymOrPossessive) {
          g.endUser =
              last.name().equals(first.name()) && demonym
                  ? norm.substring(g.start, q + (term == two ? two.text().length() : w.length()))
                  : null;
        }
        return true;
      }
      if (term != null && term.has(Term.F_SUPHEAD)) {
        g.supScore += 2;
        return true;
      }
      q += w.length();
      looked++;
    }
    return false;
  }

  /**
   * Spanish, French and Portuguese put the adjective after its noun: "la empresa china ZTE", "la
   * police ivoirienne", "o governo angolano". The noun before the country says its side, and a
   * vendor named right after it ("china ZTE") is at home there.
   */
  private void scoreNounBefore(String norm, int ss, int se, CountryGroup g, Facts f, int p) {
    int[] ws = new int[1];
    String before = Words.before(norm, g.start, ss, ws);
    if (before.endsWith("-") && before.length() > 1) {
      before = Words.before(norm, ws[0], ss, ws); // "groupe franco-néerlandais": the noun before
    }
    Term head = word(before);
    if (head != null && head.has(Term.F_SUPHEAD)) {
      g.supScore += 2;
    } else if (head != null && head.has(Term.F_RECHEAD)) {
      g.recScore += 2;
      if (head.has(Term.F_ENDUSER) && g.entities.size() == 1) {
        g.endUser = norm.substring(ws[0], g.end);
      }
    }
    int next = Words.skipSpaces(norm, p, se);
    for (int k = 0; k < f.orgs.size(); k++) {
      if (f.orgStarts.get(k) == next && g.codes.contains(f.orgs.get(k).country())) {
        g.supScore += 3;
      }
    }
    boolean companyNoun = head != null && head.has(Term.F_ORGNOUN);
    if (inBracketsAfterName(norm, ss, companyNoun ? ws[0] : g.start)) {
      g.supScore += 3;
    }
  }

  /**
   * "Fournisseur : Idemia (France)", "Contratada: Cognyte (empresa israelense)": a country in
   * brackets right after a name is that name's home, as records write it.
   */
  private static boolean inBracketsAfterName(String norm, int ss, int from) {
    int i = Words.skipSpacesBack(norm, from, ss);
    if (i <= ss || norm.charAt(i - 1) != '(') {
      return false;
    }
    i--;
    while (i > ss && (norm.charAt(i - 1) == ' ' || norm.charAt(i - 1) == '.')) {
      i--; // "Techbiz Forense Digital Ltda. (Brasil)"
    }
    int[] ws = new int[1];
    String name = Words.before(norm, i, ss, ws);
    return !name.isEmpty() && Character.isUpperCase(norm.charAt(ws[0]));
  }

  /** Subject of a verb: "Kenya has also bought", "China sold". */
  private void scoreSubjectVerb(String norm, int se, CountryGroup g, int p) {
    int q = p;
    String skipped = null;
    for (int k = 0; k < 5; k++) {
      while (q < se && (norm.charAt(q) == ' ' || norm.charAt(q) == ',')) {
        q++;
      }
      String w = Words.at(norm, q, se);
      if (w.isEmpty()) {
        break;
      }
      if (skippable.contains(w)) {
        q += w.length();
        skipped = w;
        continue;
      }
      Term term = word(w);
      if (skipped != null && language != Language.EN) {
        // "la Chine a fourni", "China ha vendido": the lexicon holds the compound tense
        Term two = word(skipped + " " + w);
        if (two != null && (two.has(Term.F_SUPVERB) || two.has(Term.F_RECVERB))) {
          term = two;
        }
      }
      if (term != null && term.has(Term.F_RECVERB)) {
        g.recScore += 2;
      } else if (term != null && term.has(Term.F_SUPVERB)) {
        g.supScore += 2;
      } else if (becoming.contains(w)) {
        g.recScore += 1.5;
      }
      break;
    }
  }

  /**
   * "Kenya's interior ministry has awarded a contract to Safaricom": when a sentence names one
   * country only and its syntax makes it the receiving side, a named vendor from that country is a
   * domestic contractor, not a reason to make the country the supplier.
   */
  static void lockDomesticRecipient(Facts f) {
    String only = null;
    boolean explicit = false;
    for (CountryGroup g : f.groups) {
      for (String c : g.codes) {
        if (only == null) {
          only = c;
        } else if (!only.equals(c)) {
          return;
        }
      }
      explicit |= g.explicitRecipient;
    }
    if (!explicit) {
      return;
    }
    for (CountryGroup g : f.groups) {
      g.role = CountryGroup.RECIPIENT;
      g.recScore = Math.max(g.recScore, 2);
      g.locked = true;
    }
  }

  /** The dominant supplier leans towards the supplier side wherever it is mentioned. */
  static void leanTowards(String dominant, List<Facts> facts) {
    for (Facts f : facts) {
      for (CountryGroup g : f.groups) {
        if (g.codes.contains(dominant) && !g.locked) {
          g.supScore += 1;
          g.role = role(g);
        }
      }
    }
  }

  static int role(CountryGroup g) {
    if (g.supScore > g.recScore && g.supScore >= 1) {
      return CountryGroup.SUPPLIER;
    }
    if (g.recScore > g.supScore && g.recScore >= 1) {
      return CountryGroup.RECIPIENT;
    }
    return CountryGroup.NEUTRAL;
  }

  /** The lexicon's term for a lower-case word or phrase in the document's language, or null. */
  private Term word(String lowerCase) {
    return lexicon.word(lowerCase, language);
  }
}
