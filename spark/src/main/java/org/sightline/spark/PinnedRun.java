package org.sightline.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One benchmark run in a JVM of its own, pinned with {@code taskset} to as many CPUs as the master
 * has task threads ({@code local[1]}: CPU 0; {@code local[2]}: CPUs 0-1), so that the collector,
 * the JIT and Spark's own threads share the cores the master is given and the speed-up compares one
 * core with two. The child runs the job once to warm up, then once timed, and prints one line that
 * this class reads back.
 */
final class PinnedRun {
  /** The child's entry point in {@link SparkExtract#main}. */
  static final String CHILD_FLAG = "--bench-pinned-run";

  private static final Pattern LOCAL = Pattern.compile("local\\[(\\d+)]");
  private static final Pattern RESULT =
      Pattern.compile("^pinned-run documents=(\\d+) seconds=([\\d.]+) cpu=([\\d.]+)$");

  /**
   * Runs before the timed one in each child. One was not enough: the same-JVM rounds still grew
   * 5-10% a round after one, and a compiler still at work shares the pinned CPUs with the tasks,
   * which slows local[1] most and would flatter the speed-up.
   */
  static final int WARM_UP_RUNS = 2;

  private PinnedRun() {}

  static ExtractBenchmark.Run run(int round, String master, Path dir, int partitions)
      throws IOException {
    Matcher local = LOCAL.matcher(master);
    if (!local.matches()) {
      throw new RunFailure("a pinned run needs local[N], got " + master);
    }
    int cpus = Integer.parseInt(local.group(1));
    if (cpus > Runtime.getRuntime().availableProcessors()) {
      throw new RunFailure(
          master
              + " needs "
              + cpus
              + " CPUs and this machine lends "
              + Runtime.getRuntime().availableProcessors()
              + "; use --same-jvm");
    }
    List<String> command = new ArrayList<>();
    command.add("taskset");
    command.add("-c");
    command.add(cpus == 1 ? "0" : "0-" + (cpus - 1));
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            SparkExtract.class.getName(),
            CHILD_FLAG,
            master,
            dir.toString(),
            Integer.toString(partitions),
            Integer.toString(round)));
    Process child;
    try {
      child = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new RunFailure("cannot start a pinned run (is taskset installed? else --same-jvm)");
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit;
    try {
      exit = child.waitFor();
    } catch (InterruptedException e) {
      child.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new RunFailure("interrupted while " + master + " ran");
    }
    for (String line : output.lines().toList()) {
      Matcher m = RESULT.matcher(line);
      if (exit == 0 && m.matches()) {
        return new ExtractBenchmark.Run(
            round,
            master,
            Long.parseLong(m.group(1)),
            Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)));
      }
    }
    List<String> lines = output.lines().toList();
    throw new RunFailure(
        "the pinned "
            + master
            + " run failed (exit "
            + exit
            + "): "
            + (lines.isEmpty() ? "no output" : lines.get(lines.size() - 1)));
  }

  /** In the child: warm up, time one run, print the line {@link #run} reads. */
  static int child(List<String> args) throws IOException {
    String master = args.get(0);
    Path dir = Path.of(args.get(1));
    int partitions = Integer.parseInt(args.get(2));
    int round = Integer.parseInt(args.get(3));
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      ExtractBenchmark.timedRun(0, master, dir, partitions);
    }
    ExtractBenchmark.Run run = ExtractBenchmark.timedRun(round, master, dir, partitions);
    System.out.printf(
        Locale.ROOT,
        "pinned-run documents=%d seconds=%.4f cpu=%.4f%n",
        run.documents(),
        run.seconds(),
        run.cpuSeconds());
    return 0;
  }
}
