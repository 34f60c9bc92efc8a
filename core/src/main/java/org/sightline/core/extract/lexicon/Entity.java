package org.sightline.core.extract.lexicon;

/**
 * Something the gazetteer recognises by name: a country (by name, demonym, capital or another
 * well-known place), an organization from the register (supplier, lender or agency), or a lender
 * phrase.
 *
 * @param country ISO alpha-2 code of the country named, or the organization's home country
 * @param name the canonical name (country name, organization name, lender name)
 */
public record Entity(Kind kind, String country, String name) {
  public enum Kind {
    COUNTRY_NAME,
    COUNTRY_DEMONYM,
    COUNTRY_CAPITAL,
    // A city, state or province that places a story in one country ("Flagstaff", "Mombasa").
    COUNTRY_PLACE,
    SUPPLIER_ORG,
    LENDER,
    AGENCY;

    public boolean isCountry() {
      return this == COUNTRY_NAME
          || this == COUNTRY_DEMONYM
          || this == COUNTRY_CAPITAL
          || this == COUNTRY_PLACE;
    }
  }
}
