package org.sightline.spark;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.SparkSession;
import org.sightline.core.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sightline spark-extract}: the extraction of {@code sightline extract} as a Spark job over
 * a corpus, locally ({@code --master local[2]}) or on a cluster through {@code spark-submit}, which
 * runs this class from the same jar. {@code --bench} runs the benchmark instead ({@link
 * ExtractBenchmark}).
 */
@Command(
    name = "sightline spark-extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract candidate transfers from a corpus with Apache Spark: JSON Lines of"
          + " {id, url, date, text} (optionally gzipped) and folders of .txt/.html files.",
      "Writes DIR/candidates (JSON Lines, as 'sightline extract' prints them),"
          + " DIR/candidates-parquet (both by recipient_country=XX), DIR/documents"
          + " (for 'sightline import DIR --kind candidates'), DIR/errors and"
          + " DIR/run.json (counters). A new run replaces the previous one whole.",
      "'spark-extract --bench [--documents N] [--rounds R]' measures documents/s on local[1]"
          + " and local[2]."
    })
public final class SparkExtract implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "a .jsonl(.gz) file or a folder (searched recursively); repeatable")
  List<String> inputs;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "the run's directory (any Hadoop file system: a path, hdfs://, s3a://)")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
  String master;

  @Option(
      names = "--min-confidence",
      paramLabel = "X",
      description = "drop candidates below this confidence (default ${DEFAULT-VALUE})")
  double minConfidence = Extractor.DEFAULT_MIN_CONFIDENCE;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "spread the documents over N partitions (default: 4 per core, or as read)")
  int partitions;

  @Option(
      names = "--run-id",
      paramLabel = "ID",
      description = "the run's id (default: the UTC time and a random suffix)")
  String runId;

  public static void main(String[] args) throws IOException {
    if (args.length == 5 && args[0].equals(PinnedRun.CHILD_FLAG)) {
      System.exit(PinnedRun.child(List.of(args).subList(1, args.length)));
    }
    if (args.length > 0 && args[0].equals("--bench")) {
      System.exit(run(new ExtractBenchmark(), List.of(args).subList(1, args.length)));
    }
    System.exit(run(new SparkExtract(), List.of(args)));
  }

  /** Runs a command with one-line errors (2 for a bad command line, 1 for a failed run). */
  static int run(Object command, List<String> args) {
    CommandLine cli = new CommandLine(command);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          cli.getErr().println("sightline spark-extract: " + e.getMessage());
          cli.getErr().flush();
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          c.getErr().println("sightline spark-extract: " + describe(e));
          c.getErr().flush();
          return 1;
        });
    return cli.execute(args.toArray(String[]::new));
  }

  @Override
  public Integer call() throws Exception {
    if (minConfidence < 0 || minConfidence > 1) {
      throw new RunFailure("--min-confidence must be between 0 and 1, got " + minConfidence);
    }
    if (partitions < 0) {
      throw new RunFailure("--partitions must be positive, got " + partitions);
    }
    ExtractionJob.Settings settings =
        new ExtractionJob.Settings(
            inputs, output, runId == null ? newRunId() : runId, minConfidence, partitions);
    SparkSession spark = SparkSessions.start(master, "sightline spark-extract");
    try {
      ExtractionJob.Result result = ExtractionJob.run(spark, settings);
      System.out.println(result.summary());
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** Sortable and unique enough: {@code 20250102T030405Z-1a2b3c}. */
  static String newRunId() {
    String time =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    byte[] suffix = new byte[3];
    ThreadLocalRandom.current().nextBytes(suffix);
    return time + "-" + HexFormat.of().formatHex(suffix);
  }

  /** The first line of the most telling message: Spark wraps the cause several times over. */
  static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof RunFailure)) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
