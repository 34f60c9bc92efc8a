package org.sightline.core.countries;

import java.util.List;
import java.util.Map;

/**
 * A country or territory of ISO 3166-1 with the names extraction and import need to recognise it:
 * alternative names, demonyms and capitals (English), and its common and official names in the
 * other languages Sightline reads ({@link #LANGUAGES}), keyed by ISO 639-1 code.
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
    double longitude,
    Map<String, List<String>> namesByLanguage) {

  /** The languages besides English whose names the gazetteer carries. */
  public static final List<String> LANGUAGES = List.of("es", "fr", "pt");

  public Country {
    namesByLanguage = Map.copyOf(namesByLanguage);
    alternativeNames = List.copyOf(alternativeNames);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }

  /** The names in one of {@link #LANGUAGES} (common first), or none. */
  public List<String> namesIn(String language) {
    return namesByLanguage.getOrDefault(language, List.of());
  }
}
