package org.sightline.core.model;

import java.util.Optional;

/** Who gave a response to a transfer record: a company, a government, or someone else named. */
public enum ResponderKind implements Keyed {
  COMPANY,
  GOVERNMENT,
  OTHER;

  public static Optional<ResponderKind> fromKey(String key) {
    return EnumKeys.findIgnoringCase(ResponderKind.class, key);
  }
}
