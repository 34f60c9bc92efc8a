package org.sightline.core.model;

import java.util.Arrays;
import java.util.Locale;
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

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PublicationState> fromKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(s -> s.key().equals(key.trim())).findFirst();
  }
}
