package org.sightline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The bulk extraction job: lists the corpus, extracts every document per partition ({@link
 * DocumentExtraction}) and writes one run into a temporary directory beside the output, which
 * {@link RunDirectory} then puts in place of the previous run. The extraction results are kept
 * (memory, else disk) while the four outputs and the counters are written from them, so each
 * document is extracted once.
 */
final class ExtractionJob {
  /** What to run. {@code partitions} 0 means: as read, or 4 per core when that is fewer. */
  record Settings(
      List<String> inputs, String output, String runId, double minConfidence, int partitions) {}

  /** What a run did (also written to {@code run.json}). */
  record Counters(long documents, long bytes, long candidates, long failures) {}

  /** The finished run. */
  record Result(String runId, String output, Counters counters, Duration elapsed) {
    double documentsPerSecond() {
      return counters.documents() / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    String summary() {
      return String.format(
          Locale.ROOT,
          "run %s: %d documents (%.1f MB), %d candidates, %d failures in %.1f s (%.0f documents/s)"
              + " -> %s",
          runId,
          counters.documents(),
          counters.bytes() / 1e6,
          counters.candidates(),
          counters.failures(),
          elapsed.toNanos() / 1e9,
          documentsPerSecond(),
          output);
    }
  }

  /** The Parquet columns: the fields of a candidate line of {@code extraction.md}. */
  static final StructType CANDIDATE_COLUMNS =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("supplier_orgs", new ArrayType(DataTypes.StringType, true))
          .add("supplier_country", DataTypes.StringType)
          .add("recipient_country", DataTypes.StringType)
          .add("end_user", DataTypes.StringType)
          .add("technologies", new ArrayType(DataTypes.StringType, true))
          .add("year", DataTypes.IntegerType)
          .add("month", DataTypes.IntegerType)
          .add(
              "value",
              new StructType()
                  .add("amount", DataTypes.createDecimalType(38, 4))
                  .add("currency", DataTypes.StringType))
          .add(
              "financing",
              new StructType()
                  .add("lender", DataTypes.StringType)
                  .add("amount", DataTypes.createDecimalType(38, 4))
                  .add("currency", DataTypes.StringType))
          .add("status", DataTypes.StringType)
          .add("confidence", DataTypes.DoubleType)
          .add(
              "evidence",
              new ArrayType(
                  new StructType()
                      .add("text", DataTypes.StringType)
                      .add("start", DataTypes.IntegerType)
                      .add("end", DataTypes.IntegerType),
                  true))
          .add("new_organization", DataTypes.BooleanType);

  private ExtractionJob() {}

  static Result run(SparkSession spark, Settings settings) throws IOException {
    Instant started = Instant.now();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    RunDirectory run = RunDirectory.prepare(hadoop, settings.output(), settings.runId());
    try {
      Corpus corpus = Corpus.list(hadoop, settings.inputs());
      Dataset<Row> documents = corpus.read(spark);
      int target = settings.partitions();
      int automatic = 4 * spark.sparkContext().defaultParallelism();
      if (target > 0) {
        documents = documents.repartition(target);
      } else if (documents.rdd().getNumPartitions() < automatic) {
        // A corpus in a few large files is read as a few partitions; spread it over the cores.
        documents = documents.repartition(automatic);
      }
      Dataset<Row> results =
          documents
              .mapPartitions(
                  new DocumentExtraction(settings.minConfidence(), corpus.folders()),
                  Encoders.row(DocumentExtraction.RESULT))
              .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        write(results, run.temporary());
        Counters counters = counters(results);
        Instant finished = Instant.now();
        run.commit(settings, corpus.inputs(), counters, started, finished, spark.version());
        return new Result(
            settings.runId(),
            run.target().toString(),
            counters,
            Duration.between(started, finished));
      } finally {
        results.unpersist();
      }
    } catch (IOException | RuntimeException e) {
      run.abandon();
      throw e;
    }
  }

  private static void write(Dataset<Row> results, Path dir) throws IOException {
    Dataset<Row> candidates = results.filter(col("kind").equalTo(DocumentExtraction.CANDIDATE));
    // One file per country: candidates are few next to the text, so gathering them is cheap.
    candidates
        .select("recipient_country", "line")
        .repartition(col("recipient_country"))
        .write()
        .partitionBy("recipient_country")
        .text(new Path(dir, RunDirectory.CANDIDATES).toString());
    candidates
        .select(from_json(col("line"), CANDIDATE_COLUMNS).as("c"))
        .select("c.*")
        .repartition(col("recipient_country"))
        .write()
        .partitionBy("recipient_country")
        .parquet(new Path(dir, RunDirectory.CANDIDATES_PARQUET).toString());
    results
        .filter(col("kind").equalTo(DocumentExtraction.DOCUMENT).and(col("line").isNotNull()))
        .select("line")
        .write()
        .text(new Path(dir, RunDirectory.DOCUMENTS).toString());
    results
        .filter(col("kind").equalTo(DocumentExtraction.ERROR))
        .select("line")
        .write()
        .text(new Path(dir, RunDirectory.ERRORS).toString());
  }

  private static Counters counters(Dataset<Row> results) {
    Row totals =
        results
            .filter(col("kind").notEqual(DocumentExtraction.CANDIDATE))
            .agg(
                count(lit(1)),
                sum(col("bytes")),
                sum(col("candidates")),
                sum(when(col("kind").equalTo(DocumentExtraction.ERROR), 1).otherwise(0)))
            .first();
    return new Counters(
        totals.getLong(0),
        totals.isNullAt(1) ? 0 : totals.getLong(1),
        totals.isNullAt(2) ? 0 : totals.getLong(2),
        totals.isNullAt(3) ? 0 : totals.getLong(3));
  }

  /**
   * The input files of a run, found by listing each input (a file, or a folder recursively). Empty
   * document files are kept apart: Spark's file sources skip them, and each must still be counted
   * as a failure.
   */
  record Corpus(
      List<String> inputs,
      List<String> jsonLines,
      List<String> files,
      List<String> emptyFiles,
      List<String> folders) {
    static Corpus list(Configuration hadoop, List<String> inputs) throws IOException {
      Corpus corpus =
          new Corpus(
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              new ArrayList<>());
      for (String input : inputs) {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
          throw new RunFailure("no such input: " + input);
        }
        FileStatus status = fs.getFileStatus(path);
        corpus.inputs().add(status.getPath().toString());
        if (status.isFile()) {
          if (!corpus.add(status)) {
            throw new RunFailure(
                input + " is neither JSON Lines (.jsonl, .jsonl.gz) nor a document (.txt, .html)");
          }
          continue;
        }
        corpus.folders().add(status.getPath().toString());
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          corpus.add(it.next());
        }
      }
      if (corpus.jsonLines().isEmpty()
          && corpus.files().isEmpty()
          && corpus.emptyFiles().isEmpty()) {
        throw new RunFailure(
            "no .jsonl, .jsonl.gz, .txt or .html files in " + String.join(", ", inputs));
      }
      return corpus;
    }

    /**
     * Sorts a file into its kind; false when it is neither. Hidden and marker files are skipped.
     */
    private boolean add(FileStatus file) {
      String name = file.getPath().getName().toLowerCase(Locale.ROOT);
      if (name.startsWith(".") || name.startsWith("_")) {
        return false;
      }
      String plain = name.replaceFirst("\\.(gz|bz2|zst|lz4|snappy|deflate)$", "");
      if (plain.endsWith(".jsonl") || plain.endsWith(".ndjson") || plain.endsWith(".json")) {
        jsonLines.add(file.getPath().toString());
        return true;
      }
      if (name.endsWith(".txt")
          || name.endsWith(".text")
          || name.endsWith(".html")
          || name.endsWith(".htm")) {
        (file.getLen() == 0 ? emptyFiles : files).add(file.getPath().toString());
        return true;
      }
      return false;
    }

    /** Every kind as one dataset of {@link DocumentExtraction#INPUT} rows. */
    Dataset<Row> read(SparkSession spark) {
      List<Dataset<Row>> parts = new ArrayList<>();
      if (!jsonLines.isEmpty()) {
        parts.add(
            spark
                .read()
                .text(jsonLines.toArray(String[]::new))
                .select(
                    col("_metadata.file_path").as("source"),
                    col("value").as("line"),
                    lit(null).cast(DataTypes.BinaryType).as("content")));
      }
      if (!files.isEmpty()) {
        parts.add(
            spark
                .read()
                .format("binaryFile")
                .load(files.toArray(String[]::new))
                .select(
                    col("path").as("source"),
                    lit(null).cast(DataTypes.StringType).as("line"),
                    col("content")));
      }
      if (!emptyFiles.isEmpty()) {
        List<Row> rows = new ArrayList<>();
        for (String file : emptyFiles) {
          rows.add(RowFactory.create(file, null, new byte[0]));
        }
        parts.add(spark.createDataFrame(rows, DocumentExtraction.INPUT));
      }
      Dataset<Row> all = parts.get(0);
      for (Dataset<Row> part : parts.subList(1, parts.size())) {
        all = all.unionByName(part);
      }
      return all;
    }
  }
}
