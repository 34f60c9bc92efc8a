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
    // The municipal body, read from the whole text, is the same for every recipient.
    Map<String, Optional<String>> byRecipient = new HashMap<>(4);
    String[] body = new String[1];
    boolean[] bodyRead = new boolean[1];
    for (Draft d : drafts) {
      if (d.endUser == null && d.recipient != null) {
        d.endUser =
            byRecipient
                .computeIfAbsent(
                    d.recipient,
                    r -> {
                      String agency = first(r, facts, norm, m);
                      if (agency != null) {
                        return Optional.of(agency);
                      }
                      if (!bodyRead[0]) {
                        body[0] = MunicipalBodies.find(norm, 0, norm.length(), m.language());
                        bodyRead[0] = true;
                      }
                      return Optional.ofNullable(body[0]);
                    })
                .orElse(null);
      }
    }
  }

  /**
   * The first agency of {@code recipient} the document's sentences name, or null; {@link #lend}
   * then takes the first municipal body the document names ({@link MunicipalBodies}): with no
   * agency at all, a city that buys for its own streets is named as a body.
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
    return null;
  }
}
