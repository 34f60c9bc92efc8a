package org.sightline.core.extract.assemble;

/**
 * How a capitalised run looks and what stands right beside it, for {@link UnknownOrganizations}:
 * checks that need no lexicon.
 */
final class NameShapes {
  private NameShapes() {}

  /** The first word of the record's label right before {@code runStart}, or "" when none. */
  static String recordLabel(String norm, Facts f, int runStart) {
    int i = Words.skipSpacesBack(norm, runStart, f.start);
    if (i <= f.start || norm.charAt(i - 1) != ':') {
      return "";
    }
    int line = norm.lastIndexOf('\n', i - 1) + 1;
    int from = Words.skipSpaces(norm, Math.max(line, f.start), i);
    return Words.at(norm, from, i);
  }

  /** "Infralocks Development Limited (IDL)": a name followed by its acronym in brackets. */
  static boolean acronymAfter(String norm, int runEnd, int to) {
    int i = Words.skipSpaces(norm, runEnd, to);
    if (i >= to || norm.charAt(i) != '(') {
      return false;
    }
    // "(IDL)", "(CITCC)", "(GSafety)": one word that starts with a capital
    int j = i + 1;
    if (j >= to || !Character.isUpperCase(norm.charAt(j))) {
      return false;
    }
    while (j < to && (Character.isLetterOrDigit(norm.charAt(j)) || norm.charAt(j) == '-')) {
      j++;
    }
    return j - i >= 3 && j < to && norm.charAt(j) == ')';
  }

  /** "ShotSpotter", "NtechLab": a capital after a small letter inside one word. */
  static boolean isCamelCase(String word) {
    for (int i = 1; i + 1 < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i - 1)) && Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "C.E.I.E.C.": three or more capitals, each followed by a dot, and nothing else. */
  static boolean isDottedAcronym(String word) {
    if (word.length() < 6 || word.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i += 2) {
      if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** "SECRETARIA" → "Secretaria": a heading's capitals read as the word is listed. */
  static String titleCase(String word) {
    return word.length() < 2
        ? word
        : word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  static boolean overlapsEntity(Mentions m, int e0, int e1, int s, int e) {
    for (int k = e0; k < e1; k++) {
      if (m.entityStart[k] < e && m.entityEnd[k] > s) {
        return true;
      }
    }
    return false;
  }
}
