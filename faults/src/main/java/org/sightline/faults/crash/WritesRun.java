package org.sightline.faults.crash;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.faults.Setup;
import org.sightline.faults.Sightline;
import org.sightline.faults.Target;

/**
 * Acknowledged writes per second through the HTTP API, the crash check's writers without the crash,
 * for one application jar or two side by side (A/B: fresh embedded databases, both servers up,
 * rounds interleaved so a busy machine slows both alike).
 */
public record WritesRun(WritesRun.Settings settings, PrintStream out) {
  /** The jars (one, or two for A/B), a folder for their data, and how long and hard to write. */
  public record Settings(List<Path> jars, Path workDir, int rounds, int writers, Duration window) {}

  public void run() throws IOException, InterruptedException {
    List<Path> jars = settings.jars();
    List<Sightline.Server> servers = new ArrayList<>();
    List<String[]> tokens = new ArrayList<>();
    List<List<Double>> rates = new ArrayList<>();
    try {
      for (int j = 0; j < jars.size(); j++) {
        Path work = settings.workDir().resolve("jar" + j);
        Sightline app =
            new Setup(jars.get(j).toAbsolutePath(), new Target.Embedded(work.resolve("data")), work)
                .application();
        app.command("user", "add", "w-contributor", "--role", "contributor");
        app.command("user", "add", "w-reviewer", "--role", "reviewer");
        tokens.add(
            new String[] {
              app.command("token", "create", "w-contributor", "--days", "1"),
              app.command("token", "create", "w-reviewer", "--days", "1")
            });
        servers.add(app.serve(Duration.ofMinutes(3)));
        rates.add(new ArrayList<>());
      }
      for (int r = 0; r <= settings.rounds(); r++) {
        for (int j = 0; j < jars.size(); j++) {
          Ledger ledger = new Ledger();
          Writers w = new Writers(servers.get(j).base, tokens.get(j)[0], tokens.get(j)[1], ledger);
          long started = System.nanoTime();
          w.start(settings.writers(), r * 7L + j);
          Thread.sleep(settings.window().toMillis());
          w.stop();
          double rate = ledger.acknowledged() / ((System.nanoTime() - started) / 1e9);
          if (r > 0) { // round 0 warms both servers up
            rates.get(j).add(rate);
          }
        }
      }
    } finally {
      servers.forEach(Sightline.Server::stop);
    }
    for (int j = 0; j < jars.size(); j++) {
      double[] sorted = rates.get(j).stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double median = sorted[sorted.length / 2];
      double first =
          rates.get(0).stream()
              .mapToDouble(Double::doubleValue)
              .sorted()
              .toArray()[sorted.length / 2];
      out.printf(
          Locale.ROOT,
          "%s: median %.0f acknowledged writes/s over %d rounds %s (x%.2f of the first jar)%n",
          jars.get(j),
          median,
          settings.rounds(),
          rates.get(j).stream().map(d -> String.format(Locale.ROOT, "%.0f", d)).toList(),
          median / first);
    }
  }
}
