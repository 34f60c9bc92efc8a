package org.sightline.core.extract.assemble;

import org.sightline.core.extract.lexicon.Term;
import org.sightline.core.extract.text.Segments;

/**
 * How a story frames itself in its headline and first paragraph: a trade fair, a vendor's markets,
 * a scan's findings, a ranking, a lost bid or a routed shipment ("Fresh scan finds servers in 25
 * countries", "Vendors flock to the expo"). A story framed so tells of no supply as its news even
 * where a later sentence names a vendor and a country with a cue; a feature of every candidate of
 * the document, for the model to weigh (ADR 0021, round 12), since a story may also open on a fair
 * and go on to a contract signed there.
 */
final class LeadFraming {
  private static final int NOT_SUPPLY =
      Term.F_PROSPECT | Term.F_DETECTED | Term.F_RANKING | Term.F_TRANSIT;

  /** The paragraphs read as the lead: the headline (or the first paragraph) and the next one. */
  private static final int LEAD_PARAGRAPHS = 2;

  private LeadFraming() {}

  /**
   * Whether a term of the document's first {@value #LEAD_PARAGRAPHS} paragraphs marks a context in
   * which countries are named without receiving anything.
   */
  static boolean framesNoSupply(Segments seg, Mentions m) {
    for (int i = 0; i < m.termCount; i++) {
      if (m.terms[i].has(NOT_SUPPLY)) {
        int s = seg.sentenceAt(m.termStart[i]);
        if (s >= 0 && seg.paragraph(s) < LEAD_PARAGRAPHS) {
          return true;
        }
      }
    }
    return false;
  }
}
