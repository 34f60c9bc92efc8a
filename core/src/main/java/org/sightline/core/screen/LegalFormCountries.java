package org.sightline.core.screen;

import java.util.Map;

/**
 * Legal forms that only one country's law has (a Malaysian "Sdn. Bhd.", a Finnish "Oyj", a Japanese
 * "K.K."). Removed from a name like any legal form, such a form still says where the firm is
 * registered: a local arm of a firm with a name of its own ("Acme Malaysia Sdn Bhd") is still that
 * firm's, but a name of common words only ("Mobile Telecommunications Company") with another
 * country's form is another country's firm of the same description.
 */
final class LegalFormCountries {
  /** The score of such a match is multiplied by this. */
  static final double FACTOR = 0.75;

  private static final String REMOVED = "legal form '";

  private static final Map<String, String> COUNTRY =
      Map.ofEntries(
          Map.entry("sdn bhd", "MY"),
          Map.entry("bhd", "MY"),
          Map.entry("berhad", "MY"),
          Map.entry("tbk", "ID"),
          Map.entry("uab", "LT"),
          Map.entry("sia", "LV"),
          Map.entry("ou", "EE"),
          Map.entry("oy", "FI"),
          Map.entry("oyj", "FI"),
          Map.entry("tov", "UA"),
          Map.entry("jusikhoesa", "KR"),
          Map.entry("jusighoesa", "KR"),
          Map.entry("kabushiki kaisha", "JP"),
          Map.entry("kabushiki gaisha", "JP"),
          Map.entry("yugen kaisha", "JP"),
          Map.entry("kk", "JP"),
          Map.entry("sae", "EG"));

  private LegalFormCountries() {}

  /** The country (ISO alpha-2) that a legal form removed from the name belongs to, or null. */
  static String of(NameForm form) {
    for (String step : form.steps()) {
      if (step.startsWith(REMOVED)) {
        String country = COUNTRY.get(step.substring(REMOVED.length(), step.indexOf('\'', 12)));
        if (country != null) {
          return country;
        }
      }
    }
    return null;
  }

  /**
   * Whether a screened name with a legal form of {@code formCountry} names another firm than a
   * registered name of common words only, of an organization of {@code country}.
   */
  static boolean contradicts(String formCountry, NameForm registered, String country) {
    if (formCountry == null || country == null || country.isEmpty()) {
      return false;
    }
    if (formCountry.equals(country)) {
      return false;
    }
    for (byte kind : registered.kinds()) {
      if (kind == NameForm.NORMAL) {
        return false;
      }
    }
    return true;
  }

  /** The rule's line in a match's explanation. */
  static String rule(String formCountry, String country) {
    return "legal form of "
        + formCountry
        + " against a name of common words only of "
        + country
        + ": read as another firm of the same description";
  }
}
