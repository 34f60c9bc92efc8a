package org.sightline.core.model;

import java.util.Optional;

/**
 * Where a record stands in the review workflow. Only {@link #PUBLISHED} records are visible to the
 * public; everything else is visible to reviewers only.
 */
public enum PublicationState implements Keyed {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  RETRACTED;

  public static Optional<PublicationState> fromKey(String key) {
    return EnumKeys.find(PublicationState.class, key);
  }
}
