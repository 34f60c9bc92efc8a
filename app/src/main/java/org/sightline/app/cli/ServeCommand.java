package org.sightline.app.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sightline.app.web.SightlineWebApp;
import org.sightline.store.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sightline serve}: starts the web observatory and API, loading the starter dataset into an
 * empty database and bringing the search index up to date, then runs until stopped.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the web observatory and REST API.")
class ServeCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

  @ParentCommand SightlineCli parent;

  @Mixin RegisterOptions register;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    // Resolve now, so a bad flag fails before Spring starts; the web app resolves it the same way.
    register.resolve(parent.environment());
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--sightline.data=" + register.data.toAbsolutePath().normalize());
    addIfSet(args, "sightline.db.url", register.dbUrl);
    addIfSet(args, "sightline.db.user", register.dbUser);
    addIfSet(args, "sightline.db.password", register.dbPassword);

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
      throw new UserError("cannot start: " + startupFailure(e));
    }
    String actualPort = context.getEnvironment().getProperty("local.server.port", "" + port);
    String url = "http://localhost:" + actualPort + "/";
    log.info("Sightline is serving {} (API {}api/v1, OpenAPI {}v3/api-docs)", url, url, url);
    System.out.println("Sightline is serving " + url + " - press Ctrl-C to stop");
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
