package org.sightline.store.ingest;

/** An import reads its file twice: once to validate every row, then to write them. */
public enum ImportPhase {
  VALIDATING,
  WRITING
}
