package org.sightline.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commands other than {@code serve} print their own results; library chatter (connection pool,
 * migrations) would mix into their output, so only errors are logged. {@code serve} gets Spring
 * Boot's normal logging, which re-initialises the logging system.
 */
public final class QuietLogging {
  private QuietLogging() {}

  public static void apply() {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(Level.ERROR);
    }
  }
}
