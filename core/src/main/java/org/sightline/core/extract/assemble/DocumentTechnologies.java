package org.sightline.core.extract.assemble;

import java.util.EnumSet;
import java.util.List;
import org.sightline.core.model.TechnologyCategory;

/**
 * The technologies of a deal whose own sentences name none: a notice's "Contractor: X." line or a
 * story's "the contract went to X" takes what the rest of the document says was bought ("Object:
 * 2,000 cameras with facial recognition"), the union of the technologies its sentences name. A deal
 * whose sentences name a technology keeps its own. Runs after the confidence features are set, so
 * it changes fields only, never a candidate's confidence.
 */
final class DocumentTechnologies {
  private DocumentTechnologies() {}

  static void lend(List<Draft> drafts, List<Facts> facts) {
    EnumSet<TechnologyCategory> named = null;
    for (Draft d : drafts) {
      if (!d.tech.isEmpty()) {
        continue;
      }
      if (named == null) {
        named = EnumSet.noneOf(TechnologyCategory.class);
        for (Facts f : facts) {
          named.addAll(f.tech);
        }
      }
      d.tech.addAll(named);
    }
  }
}
