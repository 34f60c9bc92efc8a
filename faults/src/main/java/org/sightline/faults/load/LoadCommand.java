package org.sightline.faults.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sightline.faults.TargetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code load}: mixed public reads on many connections; exit 1 on any answer that is not 2xx. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Anonymous readers on many connections going round pages, API reads and searches of the"
          + " packaged server (starter data). Exit 1 on any answer other than 2xx."
    })
public final class LoadCommand implements Callable<Integer> {
  @Mixin TargetOptions database;

  @Option(names = "--connections", defaultValue = "64")
  int connections;

  @Option(names = "--seconds", defaultValue = "60")
  int seconds;

  @Option(names = "--work", description = "folder for data and the server log (default: temporary)")
  Path work;

  @Override
  public Integer call() throws Exception {
    Path dir = work != null ? work : Files.createTempDirectory("sightline-load-");
    LoadRun.Settings settings =
        new LoadRun.Settings(
            database.jar.toAbsolutePath(),
            database.target(dir),
            dir,
            connections,
            Duration.ofSeconds(seconds));
    return new LoadRun(settings, System.out).run().passed() ? 0 : 1;
  }
}
