package org.sightline.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.sightline.core.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a run is written: a hidden temporary directory beside the output ({@code .NAME.run-RUNID}),
 * renamed into place only when everything is written, so that the output is always either the
 * previous complete run or the new one. A run replaces a previous run (a directory with {@code
 * run.json}) but never any other non-empty directory.
 */
final class RunDirectory {
  /** Candidates as {@code extract} prints them, under {@code recipient_country=XX/}. */
  static final String CANDIDATES = "candidates";

  /** The same candidates as Parquet, partitioned the same way. */
  static final String CANDIDATES_PARQUET = "candidates-parquet";

  /** Each document with candidates: its text and its candidates in order, for review. */
  static final String DOCUMENTS = "documents";

  /** One line per document that could not be read or extracted. */
  static final String ERRORS = "errors";

  /** The run's id, settings and counters; its presence marks a complete run. */
  static final String RUN_FILE = "run.json";

  private final FileSystem fs;
  private final Path target;
  private final Path temporary;
  private final String runId;

  private RunDirectory(FileSystem fs, Path target, Path temporary, String runId) {
    this.fs = fs;
    this.target = target;
    this.temporary = temporary;
    this.runId = runId;
  }

  /** Checks that {@code output} may be (re)placed, before any work is done. */
  static RunDirectory prepare(Configuration hadoop, String output, String runId)
      throws IOException {
    if (!runId.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new RunFailure("--run-id may use letters, digits, '.', '_' and '-' only: " + runId);
    }
    Path target = new Path(output);
    FileSystem fs = target.getFileSystem(hadoop);
    target = fs.makeQualified(target);
    if (target.getParent() == null) {
      throw new RunFailure("the output cannot be the root of a file system: " + output);
    }
    if (fs.exists(target)) {
      FileStatus status = fs.getFileStatus(target);
      if (status.isFile()) {
        throw new RunFailure("the output " + output + " is a file; give a directory");
      }
      if (!fs.exists(new Path(target, RUN_FILE)) && fs.listStatus(target).length > 0) {
        throw new RunFailure(
            "refusing to replace "
                + output
                + ": it is not empty and holds no earlier run ("
                + RUN_FILE
                + ")");
      }
    }
    fs.mkdirs(target.getParent());
    Path temporary = new Path(target.getParent(), "." + target.getName() + ".run-" + runId);
    if (fs.exists(temporary)) {
      throw new RunFailure("run " + runId + " is already being written at " + temporary);
    }
    return new RunDirectory(fs, target, temporary, runId);
  }

  Path temporary() {
    return temporary;
  }

  Path target() {
    return target;
  }

  /**
   * Finishes the run: names the JSON Lines part files {@code .jsonl}, writes {@code run.json}, then
   * swaps the temporary directory in for the previous run.
   */
  void commit(
      ExtractionJob.Settings settings,
      List<String> inputs,
      ExtractionJob.Counters counters,
      Instant started,
      Instant finished,
      String sparkVersion)
      throws IOException {
    for (String dir : new String[] {CANDIDATES, DOCUMENTS, ERRORS}) {
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(new Path(temporary, dir), true);
      while (files.hasNext()) {
        Path file = files.next().getPath();
        if (file.getName().startsWith("part-") && file.getName().endsWith(".txt")) {
          String name = file.getName();
          fs.rename(
              file, new Path(file.getParent(), name.substring(0, name.length() - 4) + ".jsonl"));
        }
      }
    }
    ObjectNode run = Json.MAPPER.createObjectNode();
    run.put("run_id", runId);
    run.put("started_at", started.toString());
    run.put("finished_at", finished.toString());
    var inputList = run.putArray("inputs");
    inputs.forEach(inputList::add);
    run.put("min_confidence", settings.minConfidence());
    run.put("spark_version", sparkVersion);
    ObjectNode c = run.putObject("counters");
    c.put("documents", counters.documents());
    c.put("bytes", counters.bytes());
    c.put("candidates", counters.candidates());
    c.put("failures", counters.failures());
    try (OutputStream out = fs.create(new Path(temporary, RUN_FILE), false)) {
      out.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
      out.write('\n');
    }
    Path previous = new Path(target.getParent(), "." + target.getName() + ".replaced-" + runId);
    boolean replacing = fs.exists(target);
    if (replacing && !fs.rename(target, previous)) {
      throw new IOException("cannot move the previous run at " + target + " aside");
    }
    if (!fs.rename(temporary, target)) {
      if (replacing) {
        fs.rename(previous, target);
      }
      throw new IOException("cannot move the run from " + temporary + " to " + target);
    }
    if (replacing) {
      fs.delete(previous, true);
    }
  }

  /** Removes what a failed run wrote; the previous run stays as it was. */
  void abandon() {
    try {
      fs.delete(temporary, true);
    } catch (IOException e) {
      // Best effort: a leftover hidden directory is named after its run and harmless.
    }
  }
}
