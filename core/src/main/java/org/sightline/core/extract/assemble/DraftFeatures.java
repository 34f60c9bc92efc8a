package org.sightline.core.extract.assemble;

import org.sightline.core.extract.confidence.Features;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;
import org.sightline.core.extract.lexicon.Term;

/**
 * The features a new draft takes from the sentence that proposes it, the supplier and recipient
 * mentions it pairs, and the document's counts (see {@link Features} for their names).
 */
record DraftFeatures(String dominant, DocumentCounts counts, Mentions m) {
  /**
   * Fills {@code x} for supplier {@code s} (null: the supplier country alone) and recipient group
   * {@code g} of sentence {@code f}; {@code orgCount} is how many organizations the sentence's
   * supplier side names.
   */
  void fill(double[] x, Facts f, Supplier s, CountryGroup g, int supplierDistance, int orgCount) {
    x[Features.BIAS] = 1;
    x[Features.OTHER_LANGUAGE] = m.language() == Language.EN ? 0 : 1;
    x[Features.SUPPLIER_SAME_SENTENCE] = supplierDistance == 0 ? 1 : 0;
    x[Features.SUPPLIER_FROM_PARAGRAPH] = supplierDistance == 1 ? 1 : 0;
    x[Features.SUPPLIER_FROM_DOCUMENT] = supplierDistance == 2 ? 1 : 0;
    x[Features.NAMED_ORGANIZATION] = s == null ? 0 : 1;
    x[Features.COUNTRY_ONLY_SUPPLIER] = s == null ? 1 : 0;
    x[Features.NEW_ORGANIZATION] = s != null && s.isNew() ? 1 : 0;
    x[Features.ORGANIZATION_BY_SLOT_ONLY] = s != null && s.bySlot() ? 1 : 0;
    x[Features.OTHER_ORGANIZATIONS] = Math.min(Math.max(orgCount - 1, 0), 3) / 3.0;
    x[Features.RECIPIENT_ROLE] = Math.min(g.recScore, 4) / 4.0;
    x[Features.RECIPIENT_IN_LIST] = g.codes.size() > 1 ? 1 : 0;
    x[Features.LIST_SIZE] = Math.min(Math.log(g.codes.size()) / Math.log(10), 1);
    String recipient = g.codes.isEmpty() ? null : g.codes.get(0);
    boolean place = false;
    for (Entity e : g.entities) {
      place |= e.kind() == Entity.Kind.COUNTRY_CAPITAL || e.kind() == Entity.Kind.COUNTRY_PLACE;
      recipient = e.country();
    }
    x[Features.RECIPIENT_IS_PLACE] = place ? 1 : 0;
    x[Features.RECIPIENT_IS_MAIN_COUNTRY] =
        recipient != null && recipient.equals(counts.mainCountry()) ? 1 : 0;
    x[Features.RECIPIENT_MENTIONS] = scaledCount(counts.countryMentions(recipient));
    x[Features.SUPPLIER_MENTIONS] = scaledCount(s == null ? 0 : counts.orgMentions(s.name()));
    x[Features.PROSPECT_CONTEXT] = (f.context & Term.F_PROSPECT) != 0 ? 1 : 0;
    x[Features.DETECTION_CONTEXT] = (f.context & Term.F_DETECTED) != 0 ? 1 : 0;
    x[Features.RANKING_CONTEXT] = (f.context & Term.F_RANKING) != 0 ? 1 : 0;
    x[Features.TRANSIT_CONTEXT] = (f.context & Term.F_TRANSIT) != 0 ? 1 : 0;
    x[Features.ADDRESSEE_CONTEXT] = (f.context & Term.F_ADDRESSEE) != 0 ? 1 : 0;
    x[Features.SANCTION_CONTEXT] = (f.context & Term.F_SANCTION) != 0 ? 1 : 0;
    x[Features.HYPOTHETICAL] = f.hypothetical ? 1 : 0;
    x[Features.LEAD] = f.paragraph == 0 ? 1 : 0;
    x[Features.PAIR_DISTANCE] = 1; // not named together in the sentence
    if (s != null && s.start() >= 0 && !g.entities.isEmpty()) {
      int from = Math.min(s.start(), g.start);
      int to = Math.max(s.start(), g.start);
      x[Features.PAIR_DISTANCE] = Math.min((to - from) / 200.0, 1);
      for (int i = f.termFrom; i < f.termTo; i++) {
        if (m.term(i).cue() >= 2 && m.termStart(i) > from && m.termStart(i) < to) {
          x[Features.CUE_BETWEEN] = 1;
        }
      }
    }
  }

  /** 0 for none, 1/3 for one, about 1 for seven or more. */
  private static double scaledCount(int n) {
    return Math.min(Math.log1p(n) / Math.log(8), 1);
  }
}
