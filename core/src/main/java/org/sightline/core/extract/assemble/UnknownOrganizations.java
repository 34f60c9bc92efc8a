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
  private final Set<String> nonNameWords;
  private final Set<String> personTitles;
  private final Set<String> notCompanyNames;
  private final Set<String> slotPrepositions;
  private final Set<String> notCompanyHeads;
  private final Set<String> nameConnectors;
  private final Set<String> buyerLabels;
  private final UnknownOrganizationHome home;
  private final NameRuns runs;
  private final NameNeighbours neighbours;
  private final LooseNames looseNames;
  private final boolean english;

  UnknownOrganizations(Lexicon lexicon, Language language) {
    this.lexicon = lexicon;
    this.language = language;
    this.nonNameWords = CueWords.named("non-name-words", language);
    this.personTitles = CueWords.named("person-titles", language);
    this.notCompanyNames = CueWords.named("not-company-names", language);
    this.slotPrepositions = CueWords.named("supplier-slot-prepositions", language);
    this.notCompanyHeads = CueWords.named("not-company-heads", language);
    this.nameConnectors = CueWords.named("name-connectors", language);
    this.buyerLabels = CueWords.named("buyer-labels", language);
    this.home = new UnknownOrganizationHome(lexicon, language);
    this.runs = new NameRuns(language);
    this.neighbours = new NameNeighbours(lexicon, language);
    this.looseNames = new LooseNames(language);
    this.english = language == Language.EN;
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
      int runEnd = runs.capitalisedRunEnd(norm, i, f.end);
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
        && !neighbours.nounAfter(norm, runEnd, f.end)
        && !NameShapes.acronymAfter(norm, runEnd, f.end)
        && neighbours.appositiveNounAt(norm, runEnd, f.end) < 0) {
      return;
    }
    String name = String.join(" ", runs.stripLegalSuffix(parts, 3));
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
    String name = String.join(" ", runs.stripLegalSuffix(parts, 2));
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
    if (neighbours.isPerson(norm, f, before, runEnd)
        || (!suffix && neighbours.hasTitle(parts, from))
        || notCompanyHeads.contains(parts[parts.length - 1])
        || neighbours.isSource(norm, f, before, ps[0])) {
      return;
    }
    if (before.equals("of")
        && ps[0] > f.start
        && neighbours.capitalisedWordBefore(norm, ps[0], f.start)) {
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
    boolean nounBeforeComma = neighbours.nounBeforeComma(norm, f, runStart);
    int appositiveNoun = neighbours.appositiveNounAt(norm, runEnd, f.end);
    boolean appositive = appositiveNoun >= 0;
    boolean nounAndCountryBefore =
        language != Language.EN
            && (home.nounAndCountryBefore(norm, f, m, e0, e1, runStart)
                || home.articleAndDemonymBefore(norm, f, m, e0, e1, runStart));
    boolean strong =
        suffix
            || neighbours.afterSupplierLabel(norm, f, runStart)
            || neighbours.nounAfter(norm, runEnd, f.end)
            || nounBefore
            || nounBeforeComma
            || appositive
            || nounAndCountryBefore
            || subsidiary
            || neighbours.afterAliasWords(norm, f, before, ps[0]);
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
                || (english && neighbours.modalSupplyNext(norm, runEnd, f.end))
                || NameShapes.acronymAfter(norm, runEnd, f.end)
                || neighbours.sellsNext(norm, runEnd, f.end)
                || (english && worksNext(norm, f, parts, from, runStart, runEnd))
                || (slotPrepositions.contains(before) && f.cue >= 2 && runStart > f.start));
    // "Caddic won the tender": a name nothing marks as a firm, in a firm statement, that the text
    // names again; proposed apart and flagged, so the model weighs it (English)
    boolean loose = !strong && !weak && english && f.cue >= 2;
    if (!strong && !weak && !loose) {
      return;
    }
    String[] named = Arrays.copyOfRange(parts, from, parts.length);
    if (language != Language.EN && NameRuns.slashLegalForm(norm, runEnd, named)) {
      named = Arrays.copyOf(named, named.length - 1); // "Condor S/A": the run ends at "S"
    }
    // "Techbiz Forense Digital Ltda.": es/fr/pt names are given without their legal form, as the
    // English ones of placeNamed are
    String cleaned =
        String.join(" ", language == Language.EN ? named : runs.stripLegalSuffix(named, 2));
    if (cleaned.length() < 3 || isOnlyLexicon(cleaned) || notACompany(cleaned, weak || loose)) {
      return;
    }
    if (loose) {
      if (looseNames.accepts(norm, cleaned, runEnd, m.looseNames)
          && !f.looseOrgs.contains(cleaned)
          && !f.unknownOrgs.contains(cleaned)) {
        f.looseOrgs.add(cleaned);
        f.looseOrgStarts.add(runStart);
      }
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
   * "Rotek installed": a name doing a firm's work, unless it is a word that opens the sentence and
   * the lexicon knows or that reads as a plural ("Engineers installed").
   */
  private boolean worksNext(String norm, Facts f, String[] parts, int from, int start, int end) {
    if (!neighbours.worksNext(norm, end, f.end)) {
      return false;
    }
    String only = parts[from].toLowerCase(Locale.ROOT);
    boolean opening = from == parts.length - 1 && start == f.start;
    return !(opening && (word(only) != null || only.endsWith("s")));
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

  /** Months, days, news agencies and institutions are never the supplier a slot suggests. */
  private boolean notACompany(String name, boolean weak) {
    String first = name.split(" ")[0];
    return notCompanyNames.contains(first)
        || notCompanyNames.contains(NameShapes.titleCase(first)) // "SECRETARIA DE DEFESA SOCIAL"
        || (weak && notCompanyNames.contains(name));
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
