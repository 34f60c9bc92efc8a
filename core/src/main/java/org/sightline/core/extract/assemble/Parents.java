package org.sightline.core.extract.assemble;

import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;

/**
 * "a US subsidiary of Comverse Technology", "a joint venture of Nokia and Siemens AG", "now owned
 * by Canon": an organization named as the owner of another is not the one that supplied.
 */
final class Parents {
  private static final Set<String> MARKERS = CueWords.named("parent-markers");

  private Parents() {}

  /** Whether the organization named at {@code start} follows an ownership phrase. */
  static boolean isParent(String norm, int start, int sentenceStart) {
    int[] ps = new int[1];
    String w1 = Words.before(norm, start, sentenceStart, ps);
    if (w1.equals("and") || w1.equals("the")) {
      w1 = Words.before(norm, ps[0], sentenceStart, ps); // "venture of Nokia and Siemens"
      if (!w1.isEmpty() && !w1.equals("of") && !w1.equals("by")) {
        w1 = Words.before(norm, ps[0], sentenceStart, ps);
      }
    }
    if (w1.isEmpty() || ps[0] <= sentenceStart) {
      return false;
    }
    String w2 = Words.before(norm, ps[0], sentenceStart, ps);
    return MARKERS.contains(w2 + "-" + w1);
  }
}
