package org.sightline.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fixed technology taxonomy of the contract; {@link #key()} is the stable external name. */
public enum TechnologyCategory implements Keyed {
  /** CCTV / camera networks, video analytics. */
  VIDEO_SURVEILLANCE,
  /** Integrated safe-city / smart-city public-security platforms. */
  SAFE_CITY_PLATFORM,
  /** Face recognition / face matching. */
  FACIAL_RECOGNITION,
  /** Biometric identity systems: national ID, fingerprint, voter or border biometrics. */
  BIOMETRIC_ID,
  /** Police analytics, predictive policing, police data platforms. */
  SMART_POLICING,
  /** Lawful interception, telecom monitoring, IMSI catchers. */
  COMMUNICATIONS_INTERCEPTION,
  /** Censorship, blocking, throttling and shutdown tooling. */
  INTERNET_FILTERING,
  /** Device intrusion / hacking tools. */
  SPYWARE,
  /** Monitoring of social media and online speech. */
  SOCIAL_MEDIA_MONITORING,
  /** Surveillance drones and aerial monitoring. */
  DRONES,
  /** Command-and-control / emergency response centres. */
  COMMAND_CENTRE;

  /** A human label, e.g. "Safe city platform". */
  public String label() {
    String words = key().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * What the category is called in another language ("es", "fr", "pt": {@code
   * technology-names.tsv}), most common name first; none for a language the table lacks.
   */
  public List<String> namesIn(String language) {
    return LocalNames.TABLE.getOrDefault(this, Map.of()).getOrDefault(language, List.of());
  }

  public static Optional<TechnologyCategory> fromKey(String key) {
    return EnumKeys.find(TechnologyCategory.class, key);
  }

  /** Read on first use: the enum's constants must exist before the table can name them. */
  private static final class LocalNames {
    static final Map<TechnologyCategory, Map<String, List<String>>> TABLE = read();

    private static Map<TechnologyCategory, Map<String, List<String>>> read() {
      Map<TechnologyCategory, Map<String, List<String>>> table =
          new EnumMap<>(TechnologyCategory.class);
      try (InputStream in = TechnologyCategory.class.getResourceAsStream("technology-names.tsv")) {
        if (in == null) {
          throw new IllegalStateException("technology-names.tsv is missing from the core jar");
        }
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t");
          TechnologyCategory category =
              fromKey(cols[0])
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "technology-names.tsv: unknown key " + cols[0]));
          table
              .computeIfAbsent(category, c -> new TreeMap<>())
              .computeIfAbsent(cols[1], l -> new ArrayList<>())
              .add(cols[2].trim());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      table.replaceAll((c, byLanguage) -> unmodifiable(byLanguage));
      return table;
    }

    private static Map<String, List<String>> unmodifiable(Map<String, List<String>> byLanguage) {
      Map<String, List<String>> copy = new TreeMap<>();
      byLanguage.forEach((language, names) -> copy.put(language, List.copyOf(names)));
      return Map.copyOf(copy);
    }
  }
}
