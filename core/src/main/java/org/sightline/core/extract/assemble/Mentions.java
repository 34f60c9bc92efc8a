package org.sightline.core.extract.assemble;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Gazetteer;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.PatternMatcher;
import org.sightline.core.extract.lexicon.Term;

/**
 * The mentions of one document after a single scan: named entities and lexicon terms, each sorted
 * by start offset with overlaps resolved leftmost-longest (so "China Exim Bank" is a lender, not
 * the country China). Entities and terms are resolved separately: "supplier" can be a cue inside a
 * sentence that also names "Huawei".
 */
public final class Mentions {
  Language language = Language.EN;
  int entityCount;
  int[] entityStart = new int[0];
  int[] entityEnd = new int[0];
  Entity[] entities = new Entity[0];
  int termCount;
  int[] termStart = new int[0];
  int[] termEnd = new int[0];
  Term[] terms = new Term[0];
  // The register's export-import banks by country: see ExportCreditBanks.
  Map<String, String> exportImportBanks = Map.of();
  // Loose names' verdicts over this document's whole text: see LooseNames.
  final Map<String, Boolean> looseNames = new HashMap<>(4);

  /** Scans {@code norm}, read as {@code language}, and fills the mention arrays. */
  public static Mentions scan(
      Gazetteer g, String norm, PatternMatcher.Hits hits, Language language) {
    hits.clear();
    g.matcher(language).scan(norm, 0, norm.length(), hits);
    int n = hits.size();
    long[] ent = new long[n];
    long[] trm = new long[n];
    // each hit's entity, read once: the lookup compares written forms
    Entity[] found = new Entity[n];
    int ne = 0;
    int nt = 0;
    for (int i = 0; i < n; i++) {
      int p = hits.pattern(i);
      long len = hits.end(i) - hits.start(i);
      // start in the high bits, then longer first, then the hit index to decode
      long key = ((long) hits.start(i) << 32) | ((1023 - Math.min(len, 1023)) << 22) | i;
      Entity e = g.entity(p, norm, hits.start(i), language);
      // "US$ 877.091" names a currency, not the United States; "a US firm", see beforeAWord
      if (e != null
          && (hits.end(i) >= norm.length() || norm.charAt(hits.end(i)) != '$')
          && (len > 2 || !e.kind().isCountry() || !beforeAWord(norm, hits.end(i)))) {
        found[i] = e;
        ent[ne++] = key;
      }
      if (g.term(p, language) != null) {
        trm[nt++] = key;
      }
    }
    Mentions m = new Mentions();
    m.language = language;
    m.exportImportBanks = g.exportImportBanks();
    Arrays.sort(ent, 0, ne);
    Arrays.sort(trm, 0, nt);
    m.entityStart = new int[ne];
    m.entityEnd = new int[ne];
    m.entities = new Entity[ne];
    int lastEnd = -1;
    for (int k = 0; k < ne; k++) {
      int i = (int) (ent[k] & 0x3FFFFF);
      if (hits.start(i) >= lastEnd) {
        m.entityStart[m.entityCount] = hits.start(i);
        m.entityEnd[m.entityCount] = hits.end(i);
        m.entities[m.entityCount] = found[i];
        m.entityCount++;
        lastEnd = hits.end(i);
      }
    }
    m.termStart = new int[nt];
    m.termEnd = new int[nt];
    m.terms = new Term[nt];
    lastEnd = -1;
    for (int k = 0; k < nt; k++) {
      int i = (int) (trm[k] & 0x3FFFFF);
      if (hits.start(i) >= lastEnd) {
        m.termStart[m.termCount] = hits.start(i);
        m.termEnd[m.termCount] = hits.end(i);
        m.terms[m.termCount] = g.term(hits.pattern(i), language);
        m.termCount++;
        lastEnd = hits.end(i);
      }
    }
    return m;
  }

  /**
   * Whether a word follows {@code end} after one space. A two-letter country name is read only
   * where none does: at the end of a phrase ("sold to the US.", "in the UK, where"), joined by a
   * hyphen ("US-based") or in brackets. Before a word it is as often an adjective naming the home
   * of a firm, an investor, a regulator or a licence ("a US licence") as a subject ("the US has"),
   * and read there in every case it cost five-fold CV more than it gained (ADR 0021, round 12).
   */
  private static boolean beforeAWord(String norm, int end) {
    return end + 1 < norm.length()
        && norm.charAt(end) == ' '
        && Character.isLetter(norm.charAt(end + 1));
  }

  /** The language the document was read in. */
  public Language language() {
    return language;
  }

  public int entityCount() {
    return entityCount;
  }

  public int entityStart(int i) {
    return entityStart[i];
  }

  public int entityEnd(int i) {
    return entityEnd[i];
  }

  public Entity entity(int i) {
    return entities[i];
  }

  public int termCount() {
    return termCount;
  }

  public int termStart(int i) {
    return termStart[i];
  }

  public int termEnd(int i) {
    return termEnd[i];
  }

  public Term term(int i) {
    return terms[i];
  }
}
