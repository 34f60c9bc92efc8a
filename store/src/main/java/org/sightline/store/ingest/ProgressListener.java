package org.sightline.store.ingest;

/**
 * Told how far an import is, so a command line can draw a progress bar. Called from the importing
 * thread, every few hundred rows and at the end of each phase.
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (phase, rows, bytes, totalBytes) -> {};

  /**
   * @param rowsDone rows handled so far in this phase
   * @param bytesDone bytes of the file read so far in this phase
   * @param totalBytes size of the file (-1 when unknown)
   */
  void progress(ImportPhase phase, long rowsDone, long bytesDone, long totalBytes);
}
