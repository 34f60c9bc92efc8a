package org.sightline.faults;

import java.nio.file.Path;

/** The application jar this build packaged (failsafe names it), as the integration tests run it. */
public final class PackagedJar {
  private static final Path JAR =
      Path.of(System.getProperty("sightline.jar", "../app/target/sightline.jar")).toAbsolutePath();

  private PackagedJar() {}

  /** A check of the packaged jar on {@code target}, its files in {@code dir}. */
  public static Setup on(Target target, Path dir) {
    return new Setup(JAR, target, dir);
  }
}
