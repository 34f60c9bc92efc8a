package org.sightline.core.extract.assemble;

import java.util.Locale;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;

/**
 * What the words around a capitalised run say of it, for {@link UnknownOrganizations}: a person's
 * title, a news source, a record's supplier label, an alias, a company noun before or after it, an
 * appositive, or a supply verb it is the subject of.
 */
final class NameNeighbours {
  private final Lexicon lexicon;
  private final Language language;
  private final boolean english;
  private final Set<String> appositiveArticles;
  private final Set<String> subjectVerbFillers;
  private final Set<String> personTitles;
  private final Set<String> sourceNouns;
  private final Set<String> sourcePrepositions;
  private final Set<String> supplierLabels;
  private final Set<String> aliasWords;
  private final Set<String> modalWords;
  private final Set<String> futureSupplyVerbs;
  private final Set<String> nameWorkVerbs;

  NameNeighbours(Lexicon lexicon, Language language) {
    this.lexicon = lexicon;
    this.language = language;
    this.english = language == Language.EN;
    this.appositiveArticles = CueWords.named("appositive-articles", language);
    this.subjectVerbFillers = CueWords.named("subject-verb-fillers", language);
    this.personTitles = CueWords.named("person-titles", language);
    this.sourceNouns = CueWords.named("source-nouns", language);
    this.sourcePrepositions = CueWords.named("source-prepositions", language);
    this.supplierLabels = CueWords.named("supplier-labels", language);
    this.aliasWords = CueWords.named("alias-words", language);
    this.modalWords = CueWords.named("modal-words", language);
    this.futureSupplyVerbs = CueWords.named("future-supply-verbs", language);
    this.nameWorkVerbs = CueWords.named("name-work-verbs", language);
  }

  /** "according to Africa Intelligence", "an article by Robert Karniol": who reports it. */
  boolean isSource(String norm, Facts f, String before, int beforeStart) {
    if (!sourcePrepositions.contains(before)) {
      return false;
    }
    int[] ps = new int[1];
    return sourceNouns.contains(Words.before(norm, beforeStart, f.start, ps));
  }

  boolean capitalisedWordBefore(String norm, int pos, int from) {
    int[] ps = new int[1];
    String w = Words.before(norm, pos, from, ps);
    return !w.isEmpty() && Character.isUpperCase(norm.charAt(ps[0]));
  }

  /** "Finance Minister Mourana Soumah": a title inside the run. */
  boolean hasTitle(String[] parts, int from) {
    for (int k = from; k < parts.length; k++) {
      if (personTitles.contains(parts[k].replace(".", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "minister Redwan Hussein", "Ivan Shkarban, chief executive of ...": a person. */
  boolean isPerson(String norm, Facts f, String before, int runEnd) {
    if (personTitles.contains(before)) {
      return true;
    }
    if (runEnd + 2 < f.end && norm.charAt(runEnd) == ',') {
      int i = Words.skipSpaces(norm, runEnd + 1, f.end);
      for (int k = 0; k < 4 && i < f.end; k++) {
        String w = Words.at(norm, i, f.end);
        if (w.isEmpty()) {
          break;
        }
        if (personTitles.contains(w)) {
          return true;
        }
        i = Words.skipSpaces(norm, i + w.length(), f.end);
      }
    }
    return false;
  }

  /**
   * "Vencedora: Redecom", "Fournisseur retenu : Thales DIS Canada": a record's line whose label
   * names the supplier. Only the label's first word is read ("Proveedor del software:").
   */
  boolean afterSupplierLabel(String norm, Facts f, int runStart) {
    return supplierLabels.contains(NameShapes.recordLabel(norm, f, runStart));
  }

  /**
   * "Beijing Global Safety Technology (BGSTC), conhecida como GSafety", "then called Suntech": the
   * other name a company the sentence names goes by; it joins the supplier as the same firm.
   */
  boolean afterAliasWords(String norm, Facts f, String before, int beforeStart) {
    if (f.unknownOrgs.isEmpty() && f.orgs.isEmpty()) {
      return false;
    }
    if (aliasWords.contains(before)) {
      return true;
    }
    int[] ps = new int[1];
    return (before.equals("as") || before.equals("como"))
        && aliasWords.contains(Words.before(norm, beforeStart, f.start, ps));
  }

  /** "the vendor, Pelorus Technologies": a company noun, a comma, then the name. */
  boolean nounBeforeComma(String norm, Facts f, int runStart) {
    int i = Words.skipSpacesBack(norm, runStart, f.start);
    if (i <= f.start || norm.charAt(i - 1) != ',') {
      return false;
    }
    int[] ps = new int[1];
    String noun = Words.before(norm, i - 1, f.start, ps);
    Term t = word(noun);
    // "an engineering group, AECOM,": a group is a firm's legal form elsewhere, a noun here
    return (t != null && t.has(Term.F_ORGNOUN)) || (english && noun.equals("group"));
  }

  boolean nounAfter(String norm, int runEnd, int to) {
    return isOrgNoun(Words.at(norm, Words.skipSpaces(norm, runEnd, to), to));
  }

  private boolean isOrgNoun(String w) {
    Term t = word(w);
    return t != null && t.has(Term.F_ORGNOUN);
  }

  /**
   * A name as the subject of a firm supply verb: "IBM has sold", "Cellebrite supplied". Countries,
   * capitals and known organizations are entities and never get here.
   */
  boolean sellsNext(String norm, int end, int to) {
    Term t = word(verbAfterFillers(norm, end, to));
    return t != null && t.has(Term.F_SUPVERB) && !t.has(Term.F_FIN) && t.cue() >= 3;
  }

  /**
   * The first of the next three words after {@code end} that is no filler between a subject and its
   * verb ("has", "also"), or "" when there is none.
   */
  private String verbAfterFillers(String norm, int end, int to) {
    int i = end;
    for (int k = 0; k < 3; k++) {
      i = Words.skipSpaces(norm, i, to);
      String w = Words.at(norm, i, to);
      if (w.isEmpty() || !subjectVerbFillers.contains(w)) {
        return w;
      }
      i += w.length();
    }
    return "";
  }

  /**
   * A name as the subject of a supply verb in the future or the conditional: "Marlow will install",
   * "Quorvel would also supply". Weaker than a past sale: the deal may not happen, and a buyer is
   * written so too; the model weighs it as a name found by its slot.
   */
  boolean modalSupplyNext(String norm, int end, int to) {
    int i = end;
    boolean modal = false;
    for (int k = 0; k < 4; k++) {
      i = Words.skipSpaces(norm, i, to);
      String w = Words.at(norm, i, to);
      if (w.isEmpty()) {
        return false;
      }
      if (!modal && modalWords.contains(w)) {
        modal = true;
      } else if (!subjectVerbFillers.contains(w)) {
        return modal && futureSupplyVerbs.contains(w);
      }
      i += w.length();
    }
    return false;
  }

  /**
   * ", a Chinese technology company" / ", an Israeli firm" right after a name: where the company
   * noun of the appositive after {@code end} starts, or -1 when none.
   */
  int appositiveNounAt(String norm, int end, int to) {
    if (end + 3 >= to || norm.charAt(end) != ',') {
      return -1;
    }
    int i = Words.skipSpaces(norm, end + 1, to);
    String w = Words.at(norm, i, to);
    // ", Kenya's biggest operator": a capitalised possessive stands where the article would
    boolean possessive =
        english
            && !w.isEmpty()
            && Character.isUpperCase(norm.charAt(i))
            && norm.startsWith("'s ", i + w.length());
    if (!appositiveArticles.contains(w) && !possessive) {
      return -1;
    }
    i += w.length();
    for (int k = 0; k < 6; k++) {
      i = Words.skipSpaces(norm, i, to);
      if (i < to && norm.charAt(i) == '\'') {
        i = Words.skipSpaces(norm, i + (norm.startsWith("'s", i) ? 2 : 1), to);
      }
      if (placeComma(norm, i, to)) {
        i++; // ", a Raleigh, North Carolina company": a town and its state or country
        continue;
      }
      String x = Words.at(norm, i, to);
      if (x.isEmpty()) {
        return -1;
      }
      Term t = word(x);
      if (t != null && t.has(Term.F_ORGNOUN)) {
        return i;
      }
      i += x.length();
    }
    return -1;
  }

  /** A comma between two capitalised words, as between a town and the state it lies in. */
  private static boolean placeComma(String norm, int at, int to) {
    if (at < 1 || at + 2 >= to || norm.charAt(at) != ',' || norm.charAt(at + 1) != ' ') {
      return false;
    }
    int w = at;
    while (w > 0 && Character.isLetter(norm.charAt(w - 1))) {
      w--;
    }
    return w < at
        && Character.isUpperCase(norm.charAt(w))
        && Character.isUpperCase(norm.charAt(at + 2));
  }

  /** The lexicon's term for a lower-case word or phrase in the document's language, or null. */
  private Term word(String lowerCase) {
    return lexicon.word(lowerCase, language);
  }

  /**
   * A name as the subject of a verb of a firm's work: "Rotek installed", "Caddic has won". Read
   * only for names no register knows; a country so placed is as often the buyer.
   */
  boolean worksNext(String norm, int end, int to) {
    return nameWorkVerbs.contains(verbAfterFillers(norm, end, to));
  }
}
