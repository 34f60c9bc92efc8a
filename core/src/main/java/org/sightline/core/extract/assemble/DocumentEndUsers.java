package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.Collections;
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
    List<Optional<String>> namedIn = new ArrayList<>(Collections.nCopies(facts.size(), null));
    for (Draft d : drafts) {
      if (d.endUser == null && d.recipient != null) {
        d.endUser =
            byRecipient
                .computeIfAbsent(
                    d.recipient, r -> Optional.ofNullable(first(r, facts, namedIn, norm, m)))
                .orElse(null);
      }
    }
  }

  /** The first agency of {@code recipient} the document's sentences name, or null. */
  private static String first(
      String recipient,
      List<Facts> facts,
      List<Optional<String>> namedIn,
      String norm,
      Mentions m) {
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
      if (namedIn.get(i) == null) {
        namedIn.set(i, Optional.ofNullable(AgencyNames.find(norm, f.start, f.end, m.language())));
      }
      if (namedIn.get(i).isPresent()) {
        return namedIn.get(i).get();
      }
    }
    return null;
  }
}
