package org.sightline.core.extract.assemble;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;

/**
 * Capitalised names shaped like a company that the register does not know, and their home country
 * when the sentence gives it. A name counts when its shape says so ("Skyvision Technologies",
 * "ShotSpotter", "Mauritius Telecom Ltd"), when a company noun stands beside it ("the Israeli firm
 * Paragon", "Ardent, a Turkish company", "a vendor, Pelorus Technologies"), or, more weakly, when
 * it fills the supplier's slot of a firm statement ("a contract with Flock Safety", "supplied by
 * Kedacom", "Cellebrite supplied"). People are not companies: a name after a title ("President",
 * "minister", "chief executive") or before one (", the company's founder") is left out.
 */
final class UnknownOrganizations {
  private final Lexicon lexicon;
  private final Language language;
  private final Set<String> appositiveArticles;
  private final Set<String> nonNameWords;
  private final Set<String> subjectVerbFillers;
  private final Set<String> personTitles;
  private final Set<String> notCompanyNames;
  private final Set<String> slotPrepositions;
  private final Set<String> sourceNouns;
  private final Set<String> notCompanyHeads;
  private final Set<String> legalForms;
  private final Set<String> nameConnectors;
  private final Set<String> supplierLabels;
  private final Set<String> sourcePrepositions;
  private final Set<String> aliasWords;
  private final Set<String> buyerLabels;
  private final UnknownOrganizationHome home;
  private final boolean english;
  private final Set<String> modalWords;
  private final Set<String> futureSupplyVerbs;

  UnknownOrganizations(Lexicon lexicon, Language language) {
    this.lexicon = lexicon;
    this.language = language;
    this.appositiveArticles = CueWords.named("appositive-articles", language);
    this.nonNameWords = CueWords.named("non-name-words", language);
    this.subjectVerbFillers = CueWords.named("subject-verb-fillers", language);
    this.personTitles = CueWords.named("person-titles", language);
    this.notCompanyNames = CueWords.named("not-company-names", language);
    this.slotPrepositions = CueWords.named("supplier-slot-prepositions", language);
    this.sourceNouns = CueWords.named("source-nouns", language);
    this.notCompanyHeads = CueWords.named("not-company-heads", language);
    this.legalForms = CueWords.named("legal-forms", language);
    this.nameConnectors = CueWords.named("name-connectors", language);
    this.supplierLabels = CueWords.named("supplier-labels", language);
    this.sourcePrepositions = CueWords.named("source-prepositions", language);
    this.aliasWords = CueWords.named("alias-words", language);
    this.buyerLabels = CueWords.named("buyer-labels", language);
    this.home = new UnknownOrganizationHome(lexicon, language);
    this.english = language == Language.EN;
    this.modalWords = CueWords.named("modal-words", language);
    this.futureSupplyVerbs = CueWords.named("future-supply-verbs", language);
  }

  /** Adds the sentence's unknown organizations (and their country) to {@code f}. */
  void find(String norm, Facts f, Mentions m, int e0, int e1) {
    int i = f.start;
    while (i < f.end) {
      char c = norm.charAt(i);
      if (!Character.isUpperCase(c)
          || (i > f.start && Character.isLetterOrDigit(norm.charAt(i - 1)))) {
        i++;
        continue;
      }
      int runStart = i;
      int runEnd = capitalisedRunEnd(norm, i, f.end);
      i = Math.max(runEnd, i + 1);
      int place = placeAtStart(norm, m, e0, e1, runStart, runEnd);
      int homed = home.placeSuffixAtStart(norm, m, e0, e1, runStart, runEnd);
      if (homed >= 0) {
        considerHomed(norm, f, m, e0, e1, homed, runEnd);
      } else if (place >= 0) {
        considerPlaceNamed(norm, f, m, place, runStart, runEnd);
      } else if (!NameShapes.overlapsEntity(m, e0, e1, runStart, runEnd)) {
        consider(norm, f, m, e0, e1, runStart, runEnd);
      }
    }
  }

  /** The end of a run of capitalised words starting at {@code i}: "Skyvision Technologies Co.". */
  private int capitalisedRunEnd(String norm, int i, int to) {
    int runEnd = i;
    int j = i;
    int words = 0;
    while (j < to && Character.isUpperCase(norm.charAt(j))) {
      int w = j;
      while (w < to
          && (Character.isLetterOrDigit(norm.charAt(w))
              || norm.charAt(w) == '-'
              || norm.charAt(w) == '&')) {
        w++;
      }
      if (w < to && norm.charAt(w) == '.' && w - j <= 4) {
        w++; // "Co." "Inc."
        // "S.A.", "S.R.L.": a legal form written letter by letter (es/fr/pt); "C.E.I.E.C.": an
        // acronym written so
        while (w + 1 < to && Character.isUpperCase(norm.charAt(w)) && norm.charAt(w + 1) == '.') {
          w += 2;
        }
      }
      runEnd = w;
      words++;
      int joined = language == Language.EN ? -1 : connectorEnd(norm, w, to, words);
      if (w + 1 < to && norm.charAt(w) == ' ' && Character.isUpperCase(norm.charAt(w + 1))) {
        j = w + 1;
      } else if (w + 3 < to && norm.startsWith(" & ", w)) {
        j = w + 3; // "Larsen & Toubro"
      } else if (joined > 0) {
        j = joined;
      } else {
        break;
      }
    }
    return runEnd;
  }

  /**
   * "Polseg Indústria e Comércio de Eletro Eletrônicos", "Consórcio RJ Vigilância e Inteligência":
   * es/fr/pt names run on over "de", "do", "e", "y", "et" before a capital. "And" joins only after
   * two words, so that "Wintics et Videtics" stays two names. Returns where the next word starts,
   * or -1.
   */
  private int connectorEnd(String norm, int w, int to, int words) {
    if (w + 2 >= to || norm.charAt(w) != ' ' || !Character.isLowerCase(norm.charAt(w + 1))) {
      return -1;
    }
    String c = Words.at(norm, w + 1, to);
    int next = w + 1 + c.length() + 1;
    if (!nameConnectors.contains(c)
        || next >= to
        || norm.charAt(next - 1) != ' '
        || !Character.isUpperCase(norm.charAt(next))) {
      return -1;
    }
    boolean and = c.equals("e") || c.equals("y") || c.equals("et");
    return and && words < 2 ? -1 : next;
  }

  /**
   * "Mauritius Telecom Ltd", "Beijing Global Safety Technology": a country or city that begins a
   * company's name. Returns the index of that place's mention, or -1.
   */
  private int placeAtStart(String norm, Mentions m, int e0, int e1, int runStart, int runEnd) {
    for (int k = e0; k < e1; k++) {
      if (m.entityStart[k] == runStart
          && m.entities[k].kind().isCountry()
          && m.entityEnd[k] + 2 < runEnd
          && norm.charAt(m.entityEnd[k]) == ' '
          && !NameShapes.overlapsEntity(m, e0, e1, m.entityEnd[k] + 1, runEnd)) {
        return k;
      }
    }
    return -1;
  }

  private void considerPlaceNamed(
      String norm, Facts f, Mentions m, int place, int runStart, int runEnd) {
    String[] parts = norm.substring(runStart, runEnd).split(" ");
    Term last = word(parts[parts.length - 1].replace(".", "").toLowerCase(Locale.ROOT));
    boolean suffix = last != null && last.has(Term.F_ORGSUFFIX);
    if (notCompanyHeads.contains(parts[parts.length - 1])) {
      return; // "Chinese Communist Party", "Kenya Police Service"
    }
    int[] ps = new int[1];
    Term before = word(Words.before(norm, runStart, f.start, ps));
    // "the Chinese firm Nanjing Lumen Systems": a company noun right before the name
    boolean nounBefore = before != null && before.has(Term.F_ORGNOUN) && runStart > f.start;
    if (!suffix
        && !nounBefore
        && !nounAfter(norm, runEnd, f.end)
        && !NameShapes.acronymAfter(norm, runEnd, f.end)
        && appositiveNounAt(norm, runEnd, f.end) < 0) {
      return;
    }
    String name = String.join(" ", stripLegalSuffix(parts, 3));
    add(f, name, false, runStart);
    f.unknownOrgCountry = m.entities[place].country();
    f.namePlaces.add(m.entityStart[place]);
  }

  /**
   * "Oslo-based Nordvik Systems": the words after "-based" name a firm at home in that place,
   * unless the register knows them or they name an institution ("Kabul-based Interior Ministry").
   */
  private void considerHomed(
      String norm, Facts f, Mentions m, int e0, int e1, int place, int runEnd) {
    int suffixEnd = norm.indexOf(' ', m.entityEnd[place]);
    int nameStart = suffixEnd + 1;
    if (NameShapes.overlapsEntity(m, e0, e1, nameStart, runEnd)) {
      return;
    }
    String[] parts = norm.substring(nameStart, runEnd).split(" ");
    if (notCompanyHeads.contains(parts[parts.length - 1])) {
      return;
    }
    String name = String.join(" ", stripLegalSuffix(parts, 2));
    if (name.length() < 2 || isOnlyLexicon(name) || notACompany(name, false)) {
      return;
    }
    add(f, name, false, nameStart);
    // the place stays a supplier-side mention of the sentence ("UAE-based" reads as the UAE's)
    f.unknownOrgCountry = m.entities[place].country();
  }

  /** Keeps the run [runStart, runEnd) when its shape or its neighbours say it is a company. */
  private void consider(
      String norm, Facts f, Mentions m, int e0, int e1, int runStart, int runEnd) {
    String[] parts = norm.substring(runStart, runEnd).split(" ");
    int from = 0;
    while (from < parts.length && nonNameWords.contains(parts[from].replace(".", ""))) {
      if (personTitles.contains(parts[from].toLowerCase(Locale.ROOT))) {
        return; // "President Edgar Lungu"
      }
      from++;
    }
    if (from == parts.length || (from > 0 && nameConnectors.contains(parts[from]))) {
      return; // "Ministerio de Seguridad": an institution, not a company
    }
    int[] ps = new int[1];
    String before = Words.before(norm, runStart, f.start, ps);
    String lastWord = parts[parts.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
    Term lastTerm = word(lastWord);
    boolean suffix = lastTerm != null && lastTerm.has(Term.F_ORGSUFFIX) && parts.length - from >= 2;
    if (isPerson(norm, f, before, runEnd)
        || (!suffix && hasTitle(parts, from))
        || notCompanyHeads.contains(parts[parts.length - 1])
        || isSource(norm, f, before, ps[0])) {
      return;
    }
    if (before.equals("of") && ps[0] > f.start && capitalisedWordBefore(norm, ps[0], f.start)) {
      return; // "the Presidency of Defence Industries": part of an institution's name
    }
    if (language != Language.EN
        && buyerLabels.contains(NameShapes.recordLabel(norm, f, runStart))) {
      return; // "Comprador: EC Emseguridad, empresa municipal": the buyer of a record
    }
    int[] subsidiaryHome = new int[1];
    boolean subsidiary =
        Subsidiaries.unnamedBefore(norm, runStart, f.start, language, subsidiaryHome);
    if (!subsidiary && Parents.isParent(norm, runStart, f.start, language)) {
      return; // "Comverse Technology" in "a US subsidiary of Comverse Technology"
    }
    if (before.equals("s") && ps[0] > f.start + 1 && norm.charAt(ps[0] - 1) == '\'') {
      return; // "Google's Threat Analysis Group": a unit of another organization
    }
    String lastPart = parts[parts.length - 1];
    int hyphen = lastPart.lastIndexOf('-');
    if (hyphen > 0
        && hyphen + 1 < lastPart.length()
        && Character.isLowerCase(lastPart.charAt(hyphen + 1))) {
      return; // "Shenzhen-based", "Israeli-made": a description, not a name
    }
    Term beforeTerm = word(before);
    boolean nounBefore = beforeTerm != null && beforeTerm.has(Term.F_ORGNOUN) && runStart > f.start;
    boolean nounBeforeComma = nounBeforeComma(norm, f, runStart);
    int appositiveNoun = appositiveNounAt(norm, runEnd, f.end);
    boolean appositive = appositiveNoun >= 0;
    boolean nounAndCountryBefore =
        language != Language.EN
            && (home.nounAndCountryBefore(norm, f, m, e0, e1, runStart)
                || home.articleAndDemonymBefore(norm, f, m, e0, e1, runStart));
    boolean strong =
        suffix
            || afterSupplierLabel(norm, f, runStart)
            || nounAfter(norm, runEnd, f.end)
            || nounBefore
            || nounBeforeComma
            || appositive
            || nounAndCountryBefore
            || subsidiary
            || afterAliasWords(norm, f, before, ps[0]);
    // "ShotSpotter", "NtechLab": often a company, but products are written so too ("DaVinci")
    boolean camel = from == parts.length - 1 && NameShapes.isCamelCase(parts[from]);
    // "the state-owned C.E.I.E.C.": an acronym spelt letter by letter, read without its dots
    boolean dotted = english && from == parts.length - 1 && NameShapes.isDottedAcronym(parts[from]);
    if (dotted) {
      parts[from] = parts[from].replace(".", "");
    }
    boolean weak =
        !strong
            && (camel
                || dotted
                || (english && modalSupplyNext(norm, runEnd, f.end))
                || NameShapes.acronymAfter(norm, runEnd, f.end)
                || sellsNext(norm, runEnd, f.end)
                || (slotPrepositions.contains(before) && f.cue >= 2 && runStart > f.start));
    if (!strong && !weak) {
      return;
    }
    String[] named = Arrays.copyOfRange(parts, from, parts.length);
    if (language != Language.EN && slashLegalForm(norm, runEnd, named)) {
      named = Arrays.copyOf(named, named.length - 1); // "Condor S/A": the run ends at "S"
    }
    // "Techbiz Forense Digital Ltda.": es/fr/pt names are given without their legal form, as the
    // English ones of placeNamed are
    String cleaned = String.join(" ", language == Language.EN ? named : stripLegalSuffix(named, 2));
    if (cleaned.length() < 3 || isOnlyLexicon(cleaned) || notACompany(cleaned, weak)) {
      return;
    }
    add(f, cleaned, weak, runStart);
    if (nounBefore) {
      home.countryBeforeNoun(f, m, e0, e1, ps[0]);
    }
    if (subsidiary) {
      Subsidiaries.home(f, m, e0, e1, subsidiaryHome[0]);
    }
    if (language != Language.EN) {
      UnknownOrganizationHome.countryInBrackets(norm, f, m, e0, e1, runEnd);
    }
    if (appositive) {
      appositiveHome(norm, f, m, e0, e1, runEnd, appositiveNoun);
    }
  }

  /**
   * The home an appositive gives its firm: "a Chinese company", "Kenya's largest operator", "a
   * Mombasa firm" (English places only).
   */
  private void appositiveHome(
      String norm, Facts f, Mentions m, int e0, int e1, int runEnd, int noun) {
    for (int k = e0; k < e1; k++) {
      Entity.Kind kind = m.entities[k].kind();
      boolean countryOwner =
          kind == Entity.Kind.COUNTRY_NAME && norm.startsWith("'s ", m.entityEnd[k]);
      boolean place =
          english && (kind == Entity.Kind.COUNTRY_PLACE || kind == Entity.Kind.COUNTRY_CAPITAL);
      if ((kind == Entity.Kind.COUNTRY_DEMONYM || countryOwner || place)
          && m.entityStart[k] > runEnd
          && m.entityStart[k] < Math.max(noun, runEnd + 12)) {
        f.unknownOrgCountry = m.entities[k].country();
      }
    }
  }

  private void add(Facts f, String name, boolean weak, int start) {
    int at = f.unknownOrgs.indexOf(name);
    if (at < 0) {
      f.unknownOrgs.add(name);
      f.unknownOrgWeak.add(weak);
      f.unknownOrgStarts.add(start);
    } else if (!weak) {
      f.unknownOrgWeak.set(at, false);
    }
  }

  /** "according to Africa Intelligence", "an article by Robert Karniol": who reports it. */
  private boolean isSource(String norm, Facts f, String before, int beforeStart) {
    if (!sourcePrepositions.contains(before)) {
      return false;
    }
    int[] ps = new int[1];
    return sourceNouns.contains(Words.before(norm, beforeStart, f.start, ps));
  }

  private boolean capitalisedWordBefore(String norm, int pos, int from) {
    int[] ps = new int[1];
    String w = Words.before(norm, pos, from, ps);
    return !w.isEmpty() && Character.isUpperCase(norm.charAt(ps[0]));
  }

  /** "Finance Minister Mourana Soumah": a title inside the run. */
  private boolean hasTitle(String[] parts, int from) {
    for (int k = from; k < parts.length; k++) {
      if (personTitles.contains(parts[k].replace(".", "").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "minister Redwan Hussein", "Ivan Shkarban, chief executive of ...": a person. */
  private boolean isPerson(String norm, Facts f, String before, int runEnd) {
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
  private boolean afterSupplierLabel(String norm, Facts f, int runStart) {
    return supplierLabels.contains(NameShapes.recordLabel(norm, f, runStart));
  }

  /**
   * "Beijing Global Safety Technology (BGSTC), conhecida como GSafety", "then called Suntech": the
   * other name a company the sentence names goes by; it joins the supplier as the same firm.
   */
  private boolean afterAliasWords(String norm, Facts f, String before, int beforeStart) {
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
  private boolean nounBeforeComma(String norm, Facts f, int runStart) {
    int i = Words.skipSpacesBack(norm, runStart, f.start);
    if (i <= f.start || norm.charAt(i - 1) != ',') {
      return false;
    }
    int[] ps = new int[1];
    Term t = word(Words.before(norm, i - 1, f.start, ps));
    return t != null && t.has(Term.F_ORGNOUN);
  }

  private boolean nounAfter(String norm, int runEnd, int to) {
    return isOrgNoun(Words.at(norm, Words.skipSpaces(norm, runEnd, to), to));
  }

  private boolean isOrgNoun(String w) {
    Term t = word(w);
    return t != null && t.has(Term.F_ORGNOUN);
  }

  /** Months, days, news agencies and institutions are never the supplier a slot suggests. */
  private boolean notACompany(String name, boolean weak) {
    String first = name.split(" ")[0];
    return notCompanyNames.contains(first)
        || notCompanyNames.contains(NameShapes.titleCase(first)) // "SECRETARIA DE DEFESA SOCIAL"
        || (weak && notCompanyNames.contains(name));
  }

  /** A run of names that ends in the "S" of "S/A", as Brazil writes S.A. */
  private static boolean slashLegalForm(String norm, int runEnd, String[] named) {
    return named.length > 1
        && named[named.length - 1].equals("S")
        && runEnd + 1 < norm.length()
        && norm.charAt(runEnd) == '/'
        && (norm.charAt(runEnd + 1) == 'A' || norm.charAt(runEnd + 1) == 'a');
  }

  /** The name without a trailing legal form, when it keeps {@code minWords - 1} words. */
  private String[] stripLegalSuffix(String[] parts, int minWords) {
    int n = parts.length;
    // "S.A. de C.V.": legal forms and the connectors between them, from the end
    while (n >= minWords) {
      String last = parts[n - 1].replace(".", "").toLowerCase(Locale.ROOT);
      if (!legalForms.contains(last) && !(n < parts.length && nameConnectors.contains(last))) {
        break;
      }
      n--;
    }
    return n == parts.length ? parts : Arrays.copyOf(parts, n);
  }

  /**
   * A name as the subject of a firm supply verb: "IBM has sold", "Cellebrite supplied". Countries,
   * capitals and known organizations are entities and never get here.
   */
  private boolean sellsNext(String norm, int end, int to) {
    int i = end;
    for (int k = 0; k < 3; k++) {
      i = Words.skipSpaces(norm, i, to);
      String w = Words.at(norm, i, to);
      if (w.isEmpty()) {
        return false;
      }
      if (subjectVerbFillers.contains(w)) {
        i += w.length();
        continue;
      }
      Term t = word(w);
      return t != null && t.has(Term.F_SUPVERB) && !t.has(Term.F_FIN) && t.cue() >= 3;
    }
    return false;
  }

  /**
   * A name as the subject of a supply verb in the future or the conditional: "Marlow will install",
   * "Quorvel would also supply". Weaker than a past sale: the deal may not happen, and a buyer is
   * written so too; the model weighs it as a name found by its slot.
   */
  private boolean modalSupplyNext(String norm, int end, int to) {
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
  private int appositiveNounAt(String norm, int end, int to) {
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

  private boolean isOnlyLexicon(String name) {
    for (String w : name.split(" ")) {
      String lw = w.replace(".", "").toLowerCase(Locale.ROOT);
      Term t = word(lw);
      if (t == null
          || (t.technologies().isEmpty()
              && t.cue() == 0
              && !t.has(Term.F_ORGSUFFIX)
              && !t.has(Term.F_RECHEAD)
              && !t.has(Term.F_SUPHEAD))) {
        return false;
      }
    }
    return true;
  }

  /** The lexicon's term for a lower-case word or phrase in the document's language, or null. */
  private Term word(String lowerCase) {
    return lexicon.word(lowerCase, language);
  }
}
