package org.sightline.bench;

import java.util.Arrays;

/**
 * Entry point of the benchmark jar: {@code java -jar sightline-bench.jar import [rows]
 * [all|h2|pg]}.
 */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !args[0].equals("import")) {
      System.err.println("usage: java -jar sightline-bench.jar import [rows] [all|h2|pg]");
      System.exit(2);
    }
    ImportBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
  }
}
