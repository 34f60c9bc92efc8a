package org.sightline.app.ingest;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sightline.store.ingest.ImportPhase;
import org.sightline.store.ingest.ProgressListener;

/**
 * A progress bar per import phase (validating, then writing), measured in bytes of the file. Only
 * used when a terminal is attached: redirected output and CI logs get no carriage-return noise.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
  private ImportPhase phase;
  private ProgressBar bar;

  /** A progress bar on a terminal, or {@link ProgressListener#NONE} when there is none. */
  static ProgressListener forConsole() {
    return System.console() != null ? new TerminalProgress() : ProgressListener.NONE;
  }

  @Override
  public void progress(ImportPhase current, long rowsDone, long bytesDone, long totalBytes) {
    if (current != phase) {
      close();
      phase = current;
      bar =
          new ProgressBarBuilder()
              .setTaskName(current == ImportPhase.VALIDATING ? "Checking" : "Writing")
              .setInitialMax(Math.max(totalBytes, 0))
              .setUnit(" KB", 1024)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .continuousUpdate()
              .build();
    }
    bar.stepTo(bytesDone);
    bar.setExtraMessage(rowsDone + " rows");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
