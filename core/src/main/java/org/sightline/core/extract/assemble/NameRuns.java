package org.sightline.core.extract.assemble;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.sightline.core.extract.lexicon.CueWords;
import org.sightline.core.extract.lexicon.Language;

/**
 * Where a capitalised name runs to, and what of it is a legal form, for {@link
 * UnknownOrganizations}: "Skyvision Technologies Co.", "Larsen & Toubro", "Polseg Indústria e
 * Comércio" (es/fr/pt names run on over their connectors).
 */
final class NameRuns {
  private final Language language;
  private final Set<String> nameConnectors;
  private final Set<String> legalForms;

  NameRuns(Language language) {
    this.language = language;
    this.nameConnectors = CueWords.named("name-connectors", language);
    this.legalForms = CueWords.named("legal-forms", language);
  }

  /** The end of a run of capitalised words starting at {@code i}: "Skyvision Technologies Co.". */
  int capitalisedRunEnd(String norm, int i, int to) {
    int runEnd = i;
    int j = i;
    int words = 0;
    while (j < to && Character.isUpperCase(norm.charAt(j))) {
      int w = j;
      while (w < to
          && (Character.isLetterOrDigit(norm.charAt(w))
              || norm.charAt(w) == '-'
              || norm.charAt(w) == '&')) {
        w++;
      }
      if (w < to && norm.charAt(w) == '.' && w - j <= 4) {
        w++; // "Co." "Inc."
        // "S.A.", "S.R.L.": a legal form written letter by letter (es/fr/pt); "C.E.I.E.C.": an
        // acronym written so
        while (w + 1 < to && Character.isUpperCase(norm.charAt(w)) && norm.charAt(w + 1) == '.') {
          w += 2;
        }
      }
      runEnd = w;
      words++;
      int joined = language == Language.EN ? -1 : connectorEnd(norm, w, to, words);
      if (w + 1 < to && norm.charAt(w) == ' ' && Character.isUpperCase(norm.charAt(w + 1))) {
        j = w + 1;
      } else if (w + 3 < to && norm.startsWith(" & ", w)) {
        j = w + 3; // "Larsen & Toubro"
      } else if (joined > 0) {
        j = joined;
      } else {
        break;
      }
    }
    return runEnd;
  }

  /**
   * "Polseg Indústria e Comércio de Eletro Eletrônicos", "Consórcio RJ Vigilância e Inteligência":
   * es/fr/pt names run on over "de", "do", "e", "y", "et" before a capital. "And" joins only after
   * two words, so that "Wintics et Videtics" stays two names. Returns where the next word starts,
   * or -1.
   */
  private int connectorEnd(String norm, int w, int to, int words) {
    if (w + 2 >= to || norm.charAt(w) != ' ' || !Character.isLowerCase(norm.charAt(w + 1))) {
      return -1;
    }
    String c = Words.at(norm, w + 1, to);
    int next = w + 1 + c.length() + 1;
    if (!nameConnectors.contains(c)
        || next >= to
        || norm.charAt(next - 1) != ' '
        || !Character.isUpperCase(norm.charAt(next))) {
      return -1;
    }
    boolean and = c.equals("e") || c.equals("y") || c.equals("et");
    return and && words < 2 ? -1 : next;
  }

  /** A run of names that ends in the "S" of "S/A", as Brazil writes S.A. */
  static boolean slashLegalForm(String norm, int runEnd, String[] named) {
    return named.length > 1
        && named[named.length - 1].equals("S")
        && runEnd + 1 < norm.length()
        && norm.charAt(runEnd) == '/'
        && (norm.charAt(runEnd + 1) == 'A' || norm.charAt(runEnd + 1) == 'a');
  }

  /** The name without a trailing legal form, when it keeps {@code minWords - 1} words. */
  String[] stripLegalSuffix(String[] parts, int minWords) {
    int n = parts.length;
    // "S.A. de C.V.": legal forms and the connectors between them, from the end
    while (n >= minWords) {
      String last = parts[n - 1].replace(".", "").toLowerCase(Locale.ROOT);
      if (!legalForms.contains(last) && !(n < parts.length && nameConnectors.contains(last))) {
        break;
      }
      n--;
    }
    return n == parts.length ? parts : Arrays.copyOf(parts, n);
  }
}
