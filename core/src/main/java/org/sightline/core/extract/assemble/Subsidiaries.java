package org.sightline.core.extract.assemble;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Entity;
import org.sightline.core.extract.lexicon.Language;

/**
 * "la filiale belge de Securitas", "la filial chilena de X", "a subsidiária angolana da X": in
 * Spanish, French and Portuguese a subsidiary left unnamed is written as its parent's, so the
 * parent's name stands for the party (issue 16, round 10). Only an article or a possessive may come
 * before the noun: "Thales DIS Canada, filiale de Thales" names the subsidiary, and there the owner
 * stays no party ({@link Parents}).
 */
final class Subsidiaries {
  private static final Map<Language, Set<String>> NOUNS = new EnumMap<>(Language.class);
  private static final Map<Language, Set<String>> OF = new EnumMap<>(Language.class);
  private static final Map<Language, Set<String>> DETERMINERS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      NOUNS.put(language, CueWords.named("subsidiary-nouns", language));
      OF.put(language, CueWords.named("of-words", language));
      DETERMINERS.put(language, CueWords.named("subsidiary-determiners", language));
    }
  }

  private Subsidiaries() {}

  /**
   * Whether the name at {@code start} is the parent of an unnamed subsidiary ("la filiale [belge]
   * de X"). When a word stands between the noun and "de" (its home, as a demonym) its start goes to
   * {@code homeStart[0]}, otherwise -1 does. English always reads false.
   */
  static boolean unnamedBefore(String norm, int start, int ss, Language language, int[] homeStart) {
    homeStart[0] = -1;
    if (language == Language.EN) {
      return false;
    }
    String[] w = {"", "", "", ""};
    int[] at = {-1, -1, -1, -1};
    int i = start;
    for (int k = 0; k < 4; k++) {
      if (i > ss && (norm.charAt(i - 1) == '\'' || norm.charAt(i - 1) == '’')) {
        i--; // "filiale d'Orange"
      } else {
        i = Words.skipSpacesBack(norm, i, ss);
      }
      int end = i;
      while (i > ss && Character.isLetter(norm.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        break;
      }
      w[k] = norm.substring(i, end);
      at[k] = i;
    }
    if (!OF.get(language).contains(w[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    Set<String> nouns = NOUNS.get(language);
    Set<String> determiners = DETERMINERS.get(language);
    if (nouns.contains(w[1]) && determiners.contains(w[2].toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (nouns.contains(w[2])
        && !w[1].isEmpty()
        && Character.isLowerCase(w[1].charAt(0))
        && determiners.contains(w[3].toLowerCase(Locale.ROOT))) {
      homeStart[0] = at[1];
      return true;
    }
    return false;
  }

  /**
   * The subsidiary's home, a demonym starting at {@code homeStart}, becomes the firm's country and
   * no party of its own (as "la française X" does).
   */
  static void home(Facts f, Mentions m, int e0, int e1, int homeStart) {
    for (int k = e0; k < e1 && homeStart >= 0; k++) {
      if (m.entityStart[k] == homeStart && m.entities[k].kind() == Entity.Kind.COUNTRY_DEMONYM) {
        f.unknownOrgCountry = m.entities[k].country();
        f.namePlaces.add(homeStart);
      }
    }
  }
}
