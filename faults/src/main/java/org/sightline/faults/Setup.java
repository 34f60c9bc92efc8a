package org.sightline.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every check starts from: the packaged application jar, the database it runs on, and a folder
 * for the data and the server log.
 */
public record Setup(Path jar, Target target, Path workDir) {

  /** The application as the check runs it, its output in {@code server.log} of the work folder. */
  public Sightline application() throws IOException {
    Files.createDirectories(workDir);
    return new Sightline(jar, target, workDir.resolve("server.log"));
  }
}
