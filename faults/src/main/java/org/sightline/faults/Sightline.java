package org.sightline.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as a user runs it: {@code java -jar sightline.jar ...} in a process
 * of its own, with its output appended to a log file.
 */
public final class Sightline {
  /** Passed to every server: the checks write far faster than the per-user API budget allows. */
  public static final List<String> CHECK_SETTINGS = List.of("-Dsightline.rate-limit.enabled=false");

  private final Path jar;
  private final Target target;
  private final Path log;

  public Sightline(Path jar, Target target, Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(
          "no application jar at " + jar + " (build it: ./sightline --help, or mvn package)");
    }
    this.jar = jar;
    this.target = target;
    this.log = log;
  }

  /** Where the commands' and servers' output goes. */
  public Path log() {
    return log;
  }

  /** What a check does against a running server. */
  @FunctionalInterface
  public interface Check<T> {
    T run(Server server) throws Exception;
  }

  /** Starts {@code serve}, runs the check against it and stops the server, also when it fails. */
  public <T> T whileServing(Duration startTimeout, Check<T> check) throws Exception {
    Server server = serve(startTimeout);
    try {
      return check.run(server);
    } finally {
      server.stop();
    }
  }

  /** Runs a command to the end; returns its last line of output. Fails on a non-zero exit. */
  public String command(String... args) {
    try {
      ProcessBuilder pb = process(List.of(args));
      pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
      Process p = pb.start();
      // Commands print little; reading to the end also waits for the process to finish.
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("sightline " + String.join(" ", args) + " did not finish");
      }
      Files.writeString(
          log, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
      String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
      if (p.exitValue() != 0) {
        throw new IllegalStateException("sightline " + args[0] + " failed: " + last);
      }
      return last;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Starts {@code serve} on a free port and waits until it answers its health check. */
  public Server serve(Duration startTimeout) {
    int port = freePort();
    List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port)));
    try {
      long started = System.nanoTime();
      Process p = process(args).start();
      Server server = new Server(p, URI.create("http://127.0.0.1:" + port));
      server.awaitHealthy(startTimeout);
      server.startSeconds = (System.nanoTime() - started) / 1e9;
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProcessBuilder process(List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx768m");
    cmd.addAll(CHECK_SETTINGS);
    cmd.addAll(List.of("-jar", jar.toString()));
    cmd.addAll(args);
    cmd.addAll(target.options());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(target.environment());
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return pb;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A running server process. */
  public static final class Server {
    private final Process process;
    public final URI base;
    public double startSeconds;

    Server(Process process, URI base) {
      this.process = process;
      this.base = base;
    }

    private void awaitHealthy(Duration timeout) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the server exited with " + process.exitValue() + " while starting (see its log)");
        }
        try {
          HttpResponse<String> r =
              http.send(
                  HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200 && r.body().contains("UP")) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        sleep(200);
      }
      kill();
      throw new IllegalStateException("the server did not become healthy within " + timeout);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
      process.destroyForcibly();
      waitForExit();
    }

    /** SIGTERM: the normal way to stop a server. */
    public void stop() {
      process.destroy();
      waitForExit();
    }

    private void waitForExit() {
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
