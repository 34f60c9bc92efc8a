package org.sightline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Starts the Spark session of a run: the given master, or the one spark-submit set. */
final class SparkSessions {
  /** Used when neither {@code --master} nor spark-submit names one: every core of this machine. */
  static final String DEFAULT_MASTER = "local[*]";

  private SparkSessions() {}

  /**
   * A session for {@code master} (null: spark-submit's {@code spark.master}, else {@link
   * #DEFAULT_MASTER}). Local sessions bind to the loopback address and start no web UI, so a run on
   * a laptop or in CI opens no port to the network and needs no free UI port.
   */
  static SparkSession start(String master, String appName) {
    SparkConf conf = new SparkConf();
    String chosen = master != null ? master : conf.get("spark.master", DEFAULT_MASTER);
    SparkSession.Builder builder = SparkSession.builder().appName(appName).master(chosen);
    if (chosen.startsWith("local")) {
      builder
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", System.console() != null);
    }
    return builder.getOrCreate();
  }
}
