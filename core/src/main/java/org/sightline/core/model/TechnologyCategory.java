package org.sightline.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The fixed technology taxonomy of the contract; {@link #key()} is the stable external name. */
public enum TechnologyCategory {
  VIDEO_SURVEILLANCE("CCTV / camera networks, video analytics"),
  SAFE_CITY_PLATFORM("Integrated safe-city / smart-city public-security platforms"),
  FACIAL_RECOGNITION("Face recognition / face matching"),
  BIOMETRIC_ID("Biometric identity systems: national ID, fingerprint, voter or border biometrics"),
  SMART_POLICING("Police analytics, predictive policing, police data platforms"),
  COMMUNICATIONS_INTERCEPTION("Lawful interception, telecom monitoring, IMSI catchers"),
  INTERNET_FILTERING("Censorship, blocking, throttling and shutdown tooling"),
  SPYWARE("Device intrusion / hacking tools"),
  SOCIAL_MEDIA_MONITORING("Monitoring of social media and online speech"),
  DRONES("Surveillance drones and aerial monitoring"),
  COMMAND_CENTRE("Command-and-control / emergency response centres");

  // Keys are read and written for every imported row: computed once, looked up by map.
  private static final Map<String, TechnologyCategory> BY_KEY = new HashMap<>();

  static {
    for (TechnologyCategory value : values()) {
      BY_KEY.put(value.key, value);
    }
  }

  private final String key = name().toLowerCase(Locale.ROOT);

  private final String description;

  TechnologyCategory(String description) {
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

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
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(key.trim()));
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
