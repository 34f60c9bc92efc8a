package org.sightline.core.extract.assemble;

import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;

/**
 * The home country of a name {@link UnknownOrganizations} keeps, when the words around it give one:
 * a country or demonym before its company noun, in brackets after it, or (in es/fr/pt) after the
 * noun or standing for it.
 */
final class UnknownOrganizationHome {
  private final Lexicon lexicon;
  private final Language language;
  private final Set<String> demonymCompanyArticles;
  private final Set<String> homeSuffixes;

  UnknownOrganizationHome(Lexicon lexicon, Language language) {
    this.lexicon = lexicon;
    this.language = language;
    this.demonymCompanyArticles = CueWords.named("demonym-company-articles", language);
    this.homeSuffixes = CueWords.named("home-suffixes", language);
  }

  /**
   * "Oslo-based Nordvik Systems", "the Delhi-headquartered Varuna Labs": a country or city joined
   * by a hyphen to a word of where a firm sits, before a capitalised name. Returns the index of
   * that place's mention when the run [runStart, runEnd) starts so and a name follows it, else -1;
   * the name starts after the suffix word and its space.
   */
  int placeSuffixAtStart(String norm, Mentions m, int e0, int e1, int runStart, int runEnd) {
    for (int k = e0; k < e1; k++) {
      int end = m.entityEnd[k];
      if (m.entityStart[k] == runStart
          && m.entities[k].kind().isCountry()
          && end + 1 < runEnd
          && norm.charAt(end) == '-') {
        String word = Words.at(norm, end + 1, runEnd);
        int nameStart = end + 1 + word.length() + 1;
        if (homeSuffixes.contains(word)
            && nameStart < runEnd
            && Character.isUpperCase(norm.charAt(nameStart))) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * "the Israeli firm Paragon", "the Nairobi integrator Tandem Systems": the country, demonym or
   * city before the noun gives the home country.
   */
  void countryBeforeNoun(Facts f, Mentions m, int e0, int e1, int nounStart) {
    for (int k = e0; k < e1; k++) {
      if (m.entities[k].kind().isCountry()
          && m.entityStart[k] >= nounStart - 25
          && m.entityEnd[k] <= nounStart) {
        f.unknownOrgCountry = m.entities[k].country();
      }
    }
  }

  /**
   * "Techbiz Forense Digital Ltda. (Brasil)", "Cognyte (empresa israelense)": a record gives the
   * home in brackets after the name.
   */
  static void countryInBrackets(String norm, Facts f, Mentions m, int e0, int e1, int runEnd) {
    int open = norm.indexOf('(', runEnd);
    if (open < 0 || open - runEnd > 2 || open >= f.end) {
      return;
    }
    int close = norm.indexOf(')', open);
    for (int k = e0; k < e1 && close > 0; k++) {
      if (m.entities[k].kind().isCountry()
          && m.entityStart[k] > open
          && m.entityEnd[k] <= close
          && m.entityStart[k] - open <= 20) {
        f.unknownOrgCountry = m.entities[k].country();
        return;
      }
    }
  }

  /**
   * "la corporación española Amper", "la société israélienne Paragon": in es/fr/pt the company noun
   * comes before the demonym, and the demonym gives the home country.
   */
  boolean nounAndCountryBefore(String norm, Facts f, Mentions m, int e0, int e1, int runStart) {
    int end = runStart;
    while (end > f.start && norm.charAt(end - 1) == ' ') {
      end--;
    }
    for (int k = e0; k < e1; k++) {
      if (m.entityEnd[k] == end && m.entities[k].kind().isCountry()) {
        int[] ws = new int[1];
        Term noun = lexicon.word(Words.before(norm, m.entityStart[k], f.start, ws), language);
        if (noun != null && noun.has(Term.F_ORGNOUN)) {
          f.unknownOrgCountry = m.entities[k].country();
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "la française Veldaro", "a alemã Veltra": in es/fr/pt a demonym used as a noun, after the
   * article of "la empresa", "la société", "a empresa" left out, names a company and its home.
   */
  boolean articleAndDemonymBefore(String norm, Facts f, Mentions m, int e0, int e1, int runStart) {
    int end = Words.skipSpacesBack(norm, runStart, f.start);
    for (int k = e0; k < e1; k++) {
      if (m.entityEnd[k] == end
          && end < runStart
          && m.entities[k].kind() == Entity.Kind.COUNTRY_DEMONYM) {
        int[] ws = new int[1];
        String article = Words.before(norm, m.entityStart[k], f.start, ws);
        if (demonymCompanyArticles.contains(article)) {
          f.unknownOrgCountry = m.entities[k].country();
          f.namePlaces.add(m.entityStart[k]); // the firm's home, no party of its own
          return true;
        }
      }
    }
    return false;
  }
}
