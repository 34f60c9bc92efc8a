package org.sightline.core.extract.assemble;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;

/**
 * "a US subsidiary of Comverse Technology", "a joint venture of Nokia and Siemens AG", "now owned
 * by Canon", "détenue par le japonais Canon", "filiale du groupe français Thales": an organization
 * named as the owner of another is not the one that supplied.
 */
final class Parents {
  private static final Set<String> MARKERS = CueWords.named("parent-markers");
  private static final Map<Language, Set<String>> MARKERS_BY_LANGUAGE =
      new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      MARKERS_BY_LANGUAGE.put(language, CueWords.named("parent-markers", language));
    }
  }

  private Parents() {}

  /**
   * As {@link #isParent(String, int, int)} in a text of {@code language}: in Spanish, French and
   * Portuguese the phrase may stand up to four words before the name, across an article, a noun and
   * a demonym ("filiale du groupe français Thales").
   */
  static boolean isParent(String norm, int start, int sentenceStart, Language language) {
    if (language == Language.EN) {
      return isParent(norm, start, sentenceStart);
    }
    Set<String> markers = MARKERS_BY_LANGUAGE.get(language);
    int[] ps = new int[1];
    String later = Words.before(norm, start, sentenceStart, ps);
    for (int k = 0; k < 4 && !later.isEmpty() && ps[0] > sentenceStart; k++) {
      String earlier = Words.before(norm, ps[0], sentenceStart, ps);
      if (markers.contains(earlier + "-" + later)) {
        return true;
      }
      later = earlier;
    }
    return false;
  }

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
