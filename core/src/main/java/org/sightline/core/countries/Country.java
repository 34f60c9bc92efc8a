package org.sightline.core.countries;

import java.util.List;

/**
 * A country or territory of ISO 3166-1 with the names extraction and import need to recognise it:
 * alternative names, demonyms and capitals.
 */
public record Country(
    String code,
    String code3,
    String name,
    String officialName,
    List<String> alternativeNames,
    List<String> demonyms,
    List<String> capitals,
    String region,
    String subregion,
    double latitude,
    double longitude) {

  public Country {
    alternativeNames = List.copyOf(alternativeNames);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }
}
