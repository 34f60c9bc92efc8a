package org.sightline.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  public static Optional<TechnologyCategory> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(key.trim()));
  }
}
