package org.sightline.core.model;

/** An enum whose constants are stored and read by their lower-case key ({@link EnumKeys}). */
public interface Keyed {
  /** The key: the constant's name in lower case. */
  default String key() {
    return EnumKeys.key((Enum<?>) this);
  }
}
