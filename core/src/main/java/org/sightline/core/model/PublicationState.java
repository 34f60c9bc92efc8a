package org.sightline.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a record stands in the review workflow. Only {@link #PUBLISHED} records are visible to the
 * public; everything else is visible to reviewers only.
 */
public enum PublicationState {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  RETRACTED;

  // Keys are read and written for every imported row: computed once, looked up by map.
  private static final Map<String, PublicationState> BY_KEY = new HashMap<>();

  static {
    for (PublicationState value : values()) {
      BY_KEY.put(value.key, value);
    }
  }

  private final String key = name().toLowerCase(Locale.ROOT);

  public String key() {
    return key;
  }

  public static Optional<PublicationState> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_KEY.get(key.trim()));
  }
}
