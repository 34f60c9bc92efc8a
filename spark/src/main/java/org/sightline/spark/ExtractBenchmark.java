package org.sightline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sightline spark-extract --bench}: documents/s of the whole job (read, extract, write the
 * four outputs, commit) on {@code local[1]} and {@code local[2]} over the same generated corpus. A
 * measurement, never a test. The two masters run in interleaved rounds (1-2, 2-1, ...) after a
 * warm-up run, so load from other processes on a shared machine falls on both; every run is printed
 * with the cores it kept busy (CPU time over wall time: on a loaded machine local[2] may get less
 * than two), then the median of each, the speed-up and each round's speed-up.
 *
 * <p>By default each run is a JVM of its own, pinned with {@code taskset} to as many CPUs as the
 * master has task threads, so that {@code local[1]} is one core's worth: in one shared JVM the
 * collector, the JIT and Spark's own threads lend {@code local[1]} the second core (1.2-1.8 cores
 * busy were measured), and the speed-up then compares two cores with nearly two. {@code --same-jvm}
 * measures that way too.
 */
@Command(
    name = "sightline spark-extract --bench",
    mixinStandardHelpOptions = true,
    description = "Documents/s of spark-extract on local[1] and local[2], interleaved rounds.")
final class ExtractBenchmark implements Callable<Integer> {
  @Option(
      names = "--documents",
      paramLabel = "N",
      description = "documents in the generated corpus (default ${DEFAULT-VALUE})")
  int documents = 20_000;

  @Option(
      names = "--rounds",
      paramLabel = "R",
      description = "timed rounds of both masters (default ${DEFAULT-VALUE})")
  int rounds = 3;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "partitions for both masters (default ${DEFAULT-VALUE})")
  int partitions = 16;

  @Option(
      names = "--same-jvm",
      description =
          "run both masters in this JVM (default: each run in a JVM of its own, pinned with"
              + " taskset to as many CPUs as the master has task threads)")
  boolean sameJvm;

  /** One timed run, with the CPU time its JVM used meanwhile (all its threads). */
  record Run(int round, String master, long documents, double seconds, double cpuSeconds) {
    double documentsPerSecond() {
      return documents / Math.max(1e-9, seconds);
    }

    double coresBusy() {
      return cpuSeconds / Math.max(1e-9, seconds);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (documents < 1 || rounds < 1 || partitions < 1) {
      throw new RunFailure("--documents, --rounds and --partitions must be positive");
    }
    Path dir = Files.createTempDirectory("sightline-spark-bench");
    try {
      CorpusGenerator.Written corpus =
          CorpusGenerator.write(dir.resolve("corpus"), documents, 1000, 42);
      long bytes = 0;
      for (Path f : corpus.files()) {
        bytes += Files.size(f);
      }
      System.out.printf(
          Locale.ROOT,
          "corpus: %d documents + %d malformed lines, %.1f MB on disk (half gzipped); %d"
              + " partitions; %d cores; load average %.1f%n",
          corpus.documents().size(),
          corpus.malformed().size(),
          bytes / 1e6,
          partitions,
          Runtime.getRuntime().availableProcessors(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.println(
          sameJvm
              ? "both masters in this JVM (collector, JIT and Spark threads use every core)"
              : "each run in its own JVM, pinned to as many CPUs as task threads, after warm-up"
                  + " runs in that JVM");
      if (sameJvm) {
        timedRun(0, "local[2]", dir, partitions); // warm-up: class loading, JIT, the gazetteer
      }
      List<Run> runs = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        List<String> order =
            r % 2 != 0 ? List.of("local[1]", "local[2]") : List.of("local[2]", "local[1]");
        for (String master : order) {
          Run run =
              sameJvm
                  ? timedRun(r, master, dir, partitions)
                  : PinnedRun.run(r, master, dir, partitions);
          runs.add(run);
          System.out.printf(
              Locale.ROOT,
              "round %d %-8s %6.1f s %8.0f documents/s  (%.2f cores busy)%n",
              r,
              master,
              run.seconds(),
              run.documentsPerSecond(),
              run.coresBusy());
        }
      }
      double one = median(runs, "local[1]");
      double two = median(runs, "local[2]");
      StringBuilder perRound = new StringBuilder();
      for (int r = 1; r <= rounds; r++) {
        perRound
            .append(perRound.isEmpty() ? "" : ", ")
            .append(
                String.format(
                    Locale.ROOT, "%.2f", rate(runs, r, "local[2]") / rate(runs, r, "local[1]")));
      }
      System.out.printf(
          Locale.ROOT,
          "median documents/s: local[1] %.0f, local[2] %.0f; speed-up %.2f (per round: %s; load"
              + " average now %.1f)%n",
          one,
          two,
          two / one,
          perRound,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      return 0;
    } finally {
      delete(dir);
    }
  }

  /** Runs the job once on {@code dir/corpus} in this JVM, timing it and this JVM's CPU. */
  static Run timedRun(int round, String master, Path dir, int partitions) throws IOException {
    long cpu = processCpuNanos();
    SparkSession spark = SparkSessions.start(master, "sightline spark-extract bench");
    try {
      ExtractionJob.Result result =
          ExtractionJob.run(
              spark,
              new ExtractionJob.Settings(
                  List.of(dir.resolve("corpus").toString()),
                  dir.resolve("out").toString(),
                  "bench-" + round + "-" + master.replaceAll("\\W", ""),
                  0.5,
                  partitions));
      return new Run(
          round,
          master,
          result.counters().documents(),
          result.elapsed().toNanos() / 1e9,
          (processCpuNanos() - cpu) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static double rate(List<Run> runs, int round, String master) {
    return runs.stream()
        .filter(r -> r.round() == round && r.master().equals(master))
        .findFirst()
        .orElseThrow()
        .documentsPerSecond();
  }

  /** CPU time of this JVM; cores busy = CPU time / wall time shows what a run really got. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double median(List<Run> runs, String master) {
    double[] rates =
        runs.stream()
            .filter(r -> r.master().equals(master))
            .mapToDouble(Run::documentsPerSecond)
            .sorted()
            .toArray();
    int n = rates.length;
    return n % 2 != 0 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
