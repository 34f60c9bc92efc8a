package org.sightline.core.extract.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.core.extract.lexicon.Entity;

/**
 * The end user of a deal whose own sentences name none: the agency the document names first for
 * that recipient ("Secretaría de Seguridad Pública de Jalisco" in a notice whose "Adjudicatario:"
 * line names only the company). Fields only: a candidate's confidence is never touched.
 */
final class DocumentEndUsers {
  private DocumentEndUsers() {}

  static void lend(List<Draft> drafts, List<Facts> facts, String norm, Mentions m) {
    // Every draft without an end user may read every sentence; an answer depends only on the
    // recipient, and a sentence's agency name on nothing else: each is found once per document.
    Map<String, Optional<String>> byRecipient = new HashMap<>(4);
    for (Draft d : drafts) {
      if (d.endUser == null && d.recipient != null) {
        d.endUser =
            byRecipient
                .computeIfAbsent(d.recipient, r -> Optional.ofNullable(first(r, facts, norm, m)))
                .orElse(null);
      }
    }
  }

  /**
   * The first agency of {@code recipient} the document's sentences name, else the first municipal
   * body the document names ({@link MunicipalBodies}), or null.
   */
  private static String first(String recipient, List<Facts> facts, String norm, Mentions m) {
    for (int i = 0; i < facts.size(); i++) {
      Facts f = facts.get(i);
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
      String named = f.agencyName(norm, m.language()); // read once per sentence (Facts)
      if (named != null) {
        return named;
      }
    }
    // no agency at all: a city that buys for its own streets is named as a body
    return MunicipalBodies.find(norm, 0, norm.length(), m.language());
  }
}
