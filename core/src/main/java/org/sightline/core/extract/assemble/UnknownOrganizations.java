package org.sightline.core.extract.assemble;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Lexicon;
import org.sightline.core.extract.lexicon.Term;

/**
 * Capitalised names shaped like a company ("Skyvision Technologies", "the Israeli firm Paragon",
 * "Ardent, a Turkish company", "Cellebrite supplied") that the register does not know, and their
 * home country when the sentence gives it.
 */
record UnknownOrganizations(Lexicon lexicon) {
  private static final Set<String> NON_NAME_WORDS = CueWords.named("non-name-words");
  private static final Set<String> SUBJECT_VERB_FILLERS = CueWords.named("subject-verb-fillers");

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
      if (!overlapsEntity(m, e0, e1, runStart, runEnd)) {
        consider(norm, f, m, e0, e1, runStart, runEnd);
      }
    }
  }

  /** The end of a run of capitalised words starting at {@code i}: "Skyvision Technologies Co.". */
  private static int capitalisedRunEnd(String norm, int i, int to) {
    int runEnd = i;
    int j = i;
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
      }
      runEnd = w;
      if (w + 1 < to && norm.charAt(w) == ' ' && Character.isUpperCase(norm.charAt(w + 1))) {
        j = w + 1;
      } else {
        break;
      }
    }
    return runEnd;
  }

  /** Keeps the run [runStart, runEnd) when its shape or its neighbours say it is a company. */
  private void consider(
      String norm, Facts f, Mentions m, int e0, int e1, int runStart, int runEnd) {
    String[] parts = norm.substring(runStart, runEnd).split(" ");
    int from = 0;
    while (from < parts.length && NON_NAME_WORDS.contains(parts[from].replace(".", ""))) {
      from++;
    }
    if (from == parts.length) {
      return;
    }
    String lastWord = parts[parts.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
    Term lastTerm = lexicon.word(lastWord);
    boolean suffix = lastTerm != null && lastTerm.has(Term.F_ORGSUFFIX) && parts.length - from >= 2;
    String after = Words.at(norm, Words.skipSpaces(norm, runEnd, f.end), f.end);
    Term afterTerm = lexicon.word(after);
    boolean nounAfter = afterTerm != null && afterTerm.has(Term.F_ORGNOUN);
    int[] ps = new int[1];
    String before = Words.before(norm, runStart, f.start, ps);
    Term beforeTerm = lexicon.word(before);
    boolean nounBefore = beforeTerm != null && beforeTerm.has(Term.F_ORGNOUN) && runStart > f.start;
    boolean appositive = isAppositiveCompany(norm, runEnd, f.end);
    if (!(suffix || nounAfter || nounBefore || appositive || sellsNext(norm, runEnd, f.end))) {
      return;
    }
    String cleaned = String.join(" ", Arrays.copyOfRange(parts, from, parts.length));
    if (cleaned.length() < 3 || isOnlyLexicon(cleaned)) {
      return;
    }
    if (!f.unknownOrgs.contains(cleaned)) {
      f.unknownOrgs.add(cleaned);
    }
    if (nounBefore) {
      countryBeforeNoun(norm, f, m, e0, e1, ps[0]);
    }
    if (appositive) {
      for (int k = e0; k < e1; k++) {
        if (m.entities[k].kind() == Entity.Kind.COUNTRY_DEMONYM
            && m.entityStart[k] > runEnd
            && m.entityStart[k] < runEnd + 12) {
          f.unknownOrgCountry = m.entities[k].country();
        }
      }
    }
  }

  /** "the Israeli firm Paragon": the demonym before the noun gives the home country. */
  private static void countryBeforeNoun(
      String norm, Facts f, Mentions m, int e0, int e1, int nounStart) {
    String demonymWindow = norm.substring(Math.max(f.start, nounStart - 25), nounStart);
    for (int k = e0; k < e1; k++) {
      if (m.entities[k].kind() == Entity.Kind.COUNTRY_DEMONYM
          && m.entityStart[k] >= nounStart - 25
          && m.entityEnd[k] <= nounStart) {
        f.unknownOrgCountry = m.entities[k].country();
      }
    }
    if (demonymWindow.isEmpty()) {
      f.unknownOrgCountry = null;
    }
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
      if (SUBJECT_VERB_FILLERS.contains(w)) {
        i += w.length();
        continue;
      }
      Term t = lexicon.word(w);
      return t != null && t.has(Term.F_SUPVERB) && !t.has(Term.F_FIN) && t.cue() >= 3;
    }
    return false;
  }

  /** ", a Chinese technology company" / ", an Israeli firm" right after a name. */
  private boolean isAppositiveCompany(String norm, int end, int to) {
    if (end + 3 >= to || norm.charAt(end) != ',') {
      return false;
    }
    int i = Words.skipSpaces(norm, end + 1, to);
    String w = Words.at(norm, i, to);
    if (!w.equals("a") && !w.equals("an") && !w.equals("the")) {
      return false;
    }
    i += w.length();
    for (int k = 0; k < 4; k++) {
      i = Words.skipSpaces(norm, i, to);
      String x = Words.at(norm, i, to);
      if (x.isEmpty()) {
        return false;
      }
      Term t = lexicon.word(x);
      if (t != null && t.has(Term.F_ORGNOUN)) {
        return true;
      }
      i += x.length();
    }
    return false;
  }

  private static boolean overlapsEntity(Mentions m, int e0, int e1, int s, int e) {
    for (int k = e0; k < e1; k++) {
      if (m.entityStart[k] < e && m.entityEnd[k] > s) {
        return true;
      }
    }
    return false;
  }

  private boolean isOnlyLexicon(String name) {
    for (String w : name.split(" ")) {
      String lw = w.replace(".", "").toLowerCase(Locale.ROOT);
      Term t = lexicon.word(lw);
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
}
