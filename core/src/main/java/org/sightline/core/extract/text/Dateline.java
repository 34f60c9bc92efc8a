package org.sightline.core.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a news-wire story ("NAIROBI (Reuters) -", "HARARE, 12 May 2019 -",
 * "Harare, 12 May 2019.", "ABUJA, June 14 (Sightline Wire) -", "TEL AVIV/BUDAPEST -"). A dateline
 * says where and when the story was filed, not where or when a transfer happened: its place is not
 * a recipient, its date is not the transfer's date, and it is not evidence.
 */
public final class Dateline {
  private static final String MONTH =
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\A\\s*"
              // place: one to four capitalised words, "TEL AVIV/BUDAPEST"
              + "(?<place>[A-Z][A-Za-z'.]*(?:[ /-][A-Z][A-Za-z'.]*){0,3})?"
              // ", England" / ", Kenya"
              + "(?:,\\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}(?=[,\\s(]))?"
              // ", 12 May 2019" / ", June 14" / ", June 14, 2019"
              + "(?<date>,?\\s*(?:\\d{1,2}\\s+"
              + MONTH
              + "(?:,?\\s+\\d{4})?|"
              + MONTH
              + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
              // "(Reuters)"
              + "(?<agency>\\s*\\([^()\\n]{1,40}\\))?"
              // the separator: a dash, a colon, a full stop or the end of the line
              + "\\s*(?:-{1,2}\\s|:\\s|\\.\\s|\\n)\\s*");

  // Spanish, French and Portuguese datelines: "BOGOTÁ, 17 sep (Sightline Wire) -", "LUANDA, 31
  // dez -", "ABIDJAN, 3 févr. 2020 -": accented capitals and lower-case month abbreviations
  private static final String FOREIGN_MONTH =
      "(?:ene|enero|feb|febr|mar|marzo|mars|abr|avr|may|mai|maio|jun|juin|jul|juil|ago|août|sep"
          + "|sept|set|oct|out|nov|dic|dez|déc|janv|jan|févr|fev|fév)\\.?";
  private static final Pattern FOREIGN_DATELINE =
      Pattern.compile(
          "\\A\\s*"
              + "(?<place>\\p{Lu}[\\p{L}'.]*(?:[ /-]\\p{Lu}[\\p{L}'.]*){0,3})?"
              + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}(?=[,\\s(]))?"
              + "(?<date>,?\\s*\\d{1,2}(?:er|º)?\\s+(?i:"
              + FOREIGN_MONTH
              + ")(?:,?\\s+\\d{4})?)?"
              + "(?<agency>\\s*\\([^()\\n]{1,40}\\))?"
              + "\\s*(?:-{1,2}\\s|:\\s|\\.\\s|\\n)\\s*");

  private Dateline() {}

  /**
   * As {@link #bodyStart(String)}, for a text in Spanish, French or Portuguese when {@code
   * otherLanguage}: their datelines write the month in lower case and places with accents.
   */
  public static int bodyStart(String norm, boolean otherLanguage) {
    int english = bodyStart(norm);
    if (!otherLanguage || english > 0) {
      return english;
    }
    int limit = Math.min(norm.length(), 120);
    Matcher m = FOREIGN_DATELINE.matcher(norm).region(0, limit);
    if (!m.lookingAt() || m.end() == 0) {
      return 0;
    }
    String place = m.group("place");
    boolean capitals = place != null && isCapitals(place);
    if (place == null || !(capitals || m.group("date") != null || m.group("agency") != null)) {
      return 0;
    }
    return m.end();
  }

  /**
   * The offset where the story's body starts: after the dateline when {@code norm} (normalised
   * text) opens with one, else 0. A capitalised opening is a dateline only when it is in capitals,
   * carries a date or names an agency in brackets, so "Kenya - the government said" is not one.
   */
  public static int bodyStart(String norm) {
    int limit = Math.min(norm.length(), 120);
    if (!mayOpenWithDateline(norm, limit)) {
      return 0;
    }
    Matcher m = DATELINE.matcher(norm).region(0, limit);
    if (!m.lookingAt() || m.end() == 0) {
      return 0;
    }
    String place = m.group("place");
    boolean capitals = place != null && isCapitals(place);
    boolean date = m.group("date") != null;
    boolean agency = m.group("agency") != null;
    if (place == null && !date) {
      return 0;
    }
    if (!(capitals || date || agency)) {
      return 0;
    }
    return m.end();
  }

  /**
   * A cheap test before the pattern (most documents do not open with a dateline, and extraction
   * runs over millions): a dateline has no word starting in lower case, outside brackets, before
   * its separator.
   */
  private static boolean mayOpenWithDateline(String norm, int limit) {
    int i = 0;
    while (i < limit && Character.isWhitespace(norm.charAt(i))) {
      i++;
    }
    if (i == limit
        || !(Character.isUpperCase(norm.charAt(i)) || Character.isDigit(norm.charAt(i)))) {
      return false;
    }
    boolean bracket = false;
    for (int k = i; k < limit; k++) {
      char c = norm.charAt(k);
      if (c == '(') {
        bracket = true;
      } else if (c == ')') {
        bracket = false;
      } else if (c == '-' || c == ':' || c == '.' || c == '\n') {
        return true;
      } else if (!bracket && Character.isLowerCase(c) && !Character.isLetter(norm.charAt(k - 1))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCapitals(String place) {
    int letters = 0;
    for (int i = 0; i < place.length(); i++) {
      char c = place.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }
}
