package org.sightline.core.screen;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in counterparty lists that carry a second name with them: the firm that owns the named one
 * ("Acme Optics Ltd (a subsidiary of Hikvision)", "Subsidiary of Dahua: Acme Optics", "Acme Optics,
 * a Hikvision company", "Acme Optics, owned by Dahua") or another name of the same firm ("Acme
 * Optics (formerly Zeta Vision)", "Acme Optics t/a Zeta Vision"). Each part is screened on its own;
 * a match on the second part is explained by the phrase that named it. Only ownership shapes that
 * state control are read (subsidiary, unit, division, branch, arm, part, member of a group; owned
 * by; "a ... company"): "an affiliate of" or "a partner of" is left as written, since it does not
 * make the named firm the other's.
 */
final class OwnerPhrases {
  /** How the second name relates to the first. */
  enum Relation {
    OWNER("owned by"),
    OTHER_NAME("also named");

    final String label;

    Relation(String label) {
      this.label = label;
    }
  }

  /** A name split into the firm named and the second name it carries. */
  record Split(String named, String second, Relation relation) {}

  private static final String OWNED =
      "(?:(?:a|an|the)\\s+)?(?:(?:wholly|majority|fully|100\\s*%)[\\s-]+owned\\s+)?"
          + "(?:subsidiary|unit|division|branch|arm|part|member|business)\\s+of\\s+(?:the\\s+)?";

  /**
   * Between the named firm and the phrase: punctuation, or a space before "a"/"an" or "owned by"
   * ("Acme a subsidiary of Dahua"); a bare "Unit of the Police" is a name, not a phrase.
   */
  private static final String SEPARATOR =
      "(?:\\s*[,;:(\\[–—-]+\\s*|\\s+(?=(?:an?\\s|(?:wholly\\s+|majority[\\s-]+)?owned\\s+by\\s)))";

  /** "Named (a subsidiary of Owner)", "Named, part of Owner", "Named - owned by Owner". */
  private static final Pattern TRAILING_OWNER =
      Pattern.compile(
          "^(.+?)"
              + SEPARATOR
              + "(?:"
              + OWNED
              + "|(?:wholly\\s+|majority[\\s-]+)?owned\\s+by\\s+)"
              + "(.+?)[\\s)\\].]*$",
          Pattern.CASE_INSENSITIVE);

  /** "Subsidiary of Owner: Named". */
  private static final Pattern LEADING_OWNER =
      Pattern.compile(
          "^[\\s(\\[]*" + OWNED + "(.+?)\\s*[:;)\\]–—]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

  /** "Named, a Owner company" (two words at most for the owner, so a description is not read). */
  private static final Pattern OWNER_COMPANY =
      Pattern.compile(
          "^(.+?)[\\s,;(–—-]+an?\\s+(\\S+(?:\\s+\\S+)?)\\s+(?:group\\s+)?company[\\s)\\].]*$",
          Pattern.CASE_INSENSITIVE);

  /** "Named (formerly Other)", "Named t/a Other", "Named d/b/a Other". */
  private static final Pattern OTHER_NAME =
      Pattern.compile(
          "^(.+?)[\\s,;(\\[–—-]+(?:formerly(?:\\s+known\\s+as)?|previously(?:\\s+known\\s+as)?"
              + "|f/k/a|fka|trading\\s+as|t/a|d/b/a|dba|doing\\s+business\\s+as)[\\s:]+"
              + "(.+?)[\\s)\\].]*$",
          Pattern.CASE_INSENSITIVE);

  private static final String[] OTHER_NAME_CUES = {
    "formerly", "previously", "f/k/a", "fka", " as ", "t/a", "d/b/a", "dba"
  };

  private static final String[] OWNED_CUES = {
    "subsidiary", "unit", "division", "branch", "arm", "part", "member", "business"
  };

  private OwnerPhrases() {}

  private static boolean any(String lower, String[] cues) {
    for (String cue : cues) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** The name's two parts, if it is written in one of the shapes above. */
  static Optional<Split> split(String name) {
    if (name == null) {
      return Optional.empty();
    }
    // Cheap tests first: most names hold none of the phrases' words.
    String s = name.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    boolean of = lower.contains(" of ") && any(lower, OWNED_CUES);
    boolean ownedBy = lower.contains("owned by ");
    boolean company =
        lower.contains("company") && (lower.contains(" a ") || lower.contains(" an "));
    boolean other = any(lower, OTHER_NAME_CUES);
    if (!of && !ownedBy && !company && !other) {
      return Optional.empty();
    }
    Matcher m;
    if (other) {
      m = OTHER_NAME.matcher(s);
      if (m.matches()) {
        return of(m.group(1), m.group(2), Relation.OTHER_NAME);
      }
    }
    if (of) {
      m = LEADING_OWNER.matcher(s);
      if (m.matches()) {
        return of(m.group(2), m.group(1), Relation.OWNER);
      }
    }
    if (of || ownedBy) {
      m = TRAILING_OWNER.matcher(s);
      if (m.matches()) {
        return of(m.group(1), m.group(2), Relation.OWNER);
      }
    }
    if (company) {
      m = OWNER_COMPANY.matcher(s);
      if (m.matches() && !m.group(2).toLowerCase(Locale.ROOT).matches(".*\\b(?:of|and|the)\\b.*")) {
        return of(m.group(1), m.group(2), Relation.OWNER);
      }
    }
    return Optional.empty();
  }

  private static Optional<Split> of(String named, String second, Relation relation) {
    String n = trim(named);
    String o = trim(second);
    if (n.isEmpty() || o.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Split(n, o, relation));
  }

  private static String trim(String s) {
    return s.replaceAll("^[\\s,;:()\\[\\]–—-]+|[\\s,;:(\\[–—-]+$", "");
  }
}
