package org.sightline.app;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.sightline.app.cli.CliErrors;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sightline serve}: starts the web observatory and API, loading the starter dataset into an
 * empty database and bringing the search index up to date, then runs until stopped.
 */
@Command(name = "serve", description = "Run the web observatory and REST API.")
public class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @Spec CommandSpec spec;

  @Mixin RegisterOptions register;

  /** Completed with the running application once it serves requests (tests stop it with it). */
  public final CompletableFuture<ConfigurableApplicationContext> started =
      new CompletableFuture<>();

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    // Resolved here (flags, then SIGHTLINE_DB_*) and handed to the web app explicitly, so serve
    // picks the same database as import and export would with the same flags.
    DatabaseConfig config = register.resolve();
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--sightline.data=" + config.dataDir());
    if (!config.isEmbedded()) {
      args.add("--sightline.db.url=" + config.jdbcUrl());
      addIfSet(args, "sightline.db.user", config.user());
      addIfSet(args, "sightline.db.password", config.password());
    }

    SpringApplication app = new SpringApplication(SightlineWebApp.class);
    CountDownLatch closed = new CountDownLatch(1);
    app.addListeners(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    ConfigurableApplicationContext context;
    try {
      context = app.run(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      UserError failure = new UserError("cannot start: " + startupFailure(e));
      started.completeExceptionally(failure);
      throw failure;
    }
    String actualPort = context.getEnvironment().getProperty("local.server.port", "" + port);
    String url = "http://localhost:" + actualPort + "/";
    log.info("Sightline is serving {} (API {}api/v1, OpenAPI {}v3/api-docs)", url, url, url);
    spec.commandLine().getOut().println("Sightline is serving " + url + " - press Ctrl-C to stop");
    spec.commandLine().getOut().flush();
    started.complete(context);
    closed.await();
    return 0;
  }

  /**
   * The cause a user can act on: Spring wraps startup failures in bean-creation exceptions whose
   * messages name internal beans, so look down the chain for the database error or the port clash.
   */
  static String startupFailure(Throwable e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DatabaseException
          || t instanceof UncheckedIOException
          || t.getClass().getSimpleName().equals("PortInUseException")) {
        return CliErrors.describe(t);
      }
      root = t;
    }
    return CliErrors.describe(root);
  }

  private static void addIfSet(List<String> args, String property, String value) {
    if (value != null) {
      args.add("--" + property + "=" + value);
    }
  }
}
