package org.sightline.core.extract.assemble;

import java.util.List;
import org.sightline.core.extract.lexicon.Entity;

/**
 * The end user of a deal whose own sentences name none: the agency the document names first for
 * that recipient ("Secretaría de Seguridad Pública de Jalisco" in a notice whose "Adjudicatario:"
 * line names only the company). Fields only: a candidate's confidence is never touched.
 */
final class DocumentEndUsers {
  private DocumentEndUsers() {}

  static void lend(List<Draft> drafts, List<Facts> facts, String norm, Mentions m) {
    for (Draft d : drafts) {
      if (d.endUser == null && d.recipient != null) {
        d.endUser = first(d.recipient, facts, norm, m);
      }
    }
  }

  /** The first agency of {@code recipient} the document's sentences name, or null. */
  private static String first(String recipient, List<Facts> facts, String norm, Mentions m) {
    for (Facts f : facts) {
      for (Entity a : f.agencies) {
        if (recipient.equals(a.country())) {
          return a.name();
        }
      }
      for (CountryGroup g : f.groups) {
        if (g.endUser != null && g.codes.contains(recipient)) {
          return g.endUser;
        }
      }
      String named = AgencyNames.find(norm, f.start, f.end, m.language());
      if (named != null) {
        return named;
      }
    }
    return null;
  }
}
