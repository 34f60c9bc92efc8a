package org.sightline.bench;

import java.util.Arrays;

/**
 * Entry point of the benchmark jar, reached as {@code ./sightline bench extract [MB]} or {@code
 * ./sightline bench import [rows] [all|h2|pg]}, {@code ./sightline bench commits} or {@code
 * ./sightline bench screen [names] [organizations]}.
 */
public final class Benchmarks {
  private static final String USAGE =
      "usage: sightline bench extract [MB of text, default 100] [--corpus FILE.jsonl|DIR]"
          + " | sightline bench import [rows, default 1000000] [all|h2|pg]"
          + " | sightline bench commits [seconds per round, default 5] [threads, default 4]"
          + " | sightline bench screen [names, default 50000] [organizations, default 10000]";

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      System.out.println(USAGE);
      return;
    }
    switch (which) {
      case "extract" -> ExtractBenchmark.main(rest);
      case "import" -> ImportBenchmark.main(rest);
      case "commits" -> CommitBenchmark.main(rest);
      case "screen" -> ScreenBenchmark.main(rest);
      default -> usageError(which.isEmpty() ? "which benchmark?" : "no benchmark " + which);
    }
  }

  /**
   * The whole number at {@code index} of a benchmark's arguments ("1_000_000" allowed), or {@code
   * fallback} when there are fewer arguments; anything else ends the run with the usage, not a
   * stack trace.
   */
  static int count(String[] args, int index, int fallback) {
    if (args.length <= index) {
      return fallback;
    }
    String text = args[index].replace("_", "");
    if (!text.matches("\\d{1,9}") || Integer.parseInt(text) == 0) {
      usageError("'" + args[index] + "' is not a positive whole number");
    }
    return Integer.parseInt(text);
  }

  private static void usageError(String problem) {
    System.err.println("sightline bench: " + problem);
    System.err.println(USAGE);
    System.exit(2);
  }
}
