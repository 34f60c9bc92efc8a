package org.sightline.store.registry;

/** Who is asking: the public sees published records only; reviewers see every state. */
public enum Visibility {
  PUBLIC,
  REVIEWER
}
