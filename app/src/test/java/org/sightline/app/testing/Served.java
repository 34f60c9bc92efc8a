package org.sightline.app.testing;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.sightline.app.ServeCommand;
import org.sightline.app.SightlineCli;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code sightline serve --port 0 --data DIR} run as the command line runs it, in the background,
 * for tests of the real command: {@link #start} returns once the server listens.
 */
public final class Served {
  private final CompletableFuture<Integer> exit;
  private final ConfigurableApplicationContext context;

  private Served(CompletableFuture<Integer> exit, ConfigurableApplicationContext context) {
    this.exit = exit;
    this.context = context;
  }

  /** Starts the server on {@code data}; what the command prints goes to {@code out}. */
  public static Served start(Path data, PrintWriter out) throws Exception {
    CommandLine cmd = SightlineCli.commandLine(new SightlineCli(Map.of()));
    cmd.setOut(out);
    ServeCommand serve = (ServeCommand) cmd.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cmd.execute("serve", "--port", "0", "--data", data.toString()));
    // Generous bound: a cold start on a slow CI machine; this is a hang guard, not a timing check.
    return new Served(exit, serve.started.get(5, TimeUnit.MINUTES));
  }

  /** The port the server listens on. */
  public String port() {
    return context.getEnvironment().getProperty("local.server.port");
  }

  /** Stops the server, as Ctrl-C would. */
  public void stop() {
    context.close();
  }

  /** What the command returned once stopped. */
  public int exitCode() throws Exception {
    return exit.get(1, TimeUnit.MINUTES);
  }
}
