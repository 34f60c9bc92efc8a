package org.sightline.store.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sightline.core.json.Json;
import org.sightline.core.language.LanguageIdentifier;
import org.sightline.core.schema.Checks;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.db.Jdbc;
import org.sightline.store.ingest.ImportPhase;
import org.sightline.store.ingest.ProgressListener;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads a {@code spark-extract} run into the extraction review queue: each line of the run's {@code
 * documents/} (a document's text, provenance and candidates) becomes a stored document, as if it
 * had been submitted on {@code /review/extract}. A text already stored (same SHA-256) is not stored
 * again: its candidates that are new (by {@link Documents#fingerprint}) are appended to the stored
 * document's, so earlier decisions keep their candidate numbers. All or nothing, like every import:
 * every line is checked first, then everything is written in one transaction.
 */
public final class CandidateRunImport {
  /** The folder of a run that holds the documents for review. */
  public static final String DOCUMENTS = "documents";

  /** The file whose presence marks a complete run. */
  public static final String RUN_FILE = "run.json";

  private static final int MAX_ERRORS = 100;
  private static final int PROGRESS_EVERY = 200;

  /**
   * What an import did (or, with errors, why it did nothing).
   *
   * @param documentsKnown documents whose text was already stored, in the database or earlier in
   *     the run
   */
  public record Report(
      String runId,
      long documents,
      long documentsAdded,
      long documentsKnown,
      long candidatesAdded,
      long candidatesKnown,
      List<String> errors,
      boolean dryRun) {
    public boolean ok() {
      return errors.isEmpty();
    }

    public String summary() {
      if (!ok()) {
        return String.format(
            Locale.ROOT,
            "nothing imported: %d error%s in run %s",
            errors.size(),
            errors.size() == 1 ? "" : "s",
            runId);
      }
      return String.format(
          Locale.ROOT,
          "%srun %s: %d documents with candidates: %d added, %d already stored; %d candidates"
              + " added to the review queue, %d already there",
          dryRun ? "dry run, nothing written: " : "",
          runId,
          documents,
          documentsAdded,
          documentsKnown,
          candidatesAdded,
          candidatesKnown);
    }
  }

  private final Database database;

  public CandidateRunImport(Database database) {
    this.database = database;
  }

  /** The run's id from its {@code run.json}; fails with a one-line message if it is not a run. */
  public static String runId(Path run) {
    Path file = run.resolve(RUN_FILE);
    if (!Files.isDirectory(run) || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          run + " is not a spark-extract run (a directory with " + RUN_FILE + ")");
    }
    try {
      JsonNode id = Json.MAPPER.readTree(file.toFile()).get("run_id");
      if (id == null || !id.isString()) {
        throw new IllegalArgumentException(file + " names no run_id");
      }
      return id.asString();
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage());
    }
  }

  /** Checks every document of the run, then (unless {@code dryRun}) stores them. */
  public Report importRun(Path run, boolean dryRun, String author, ProgressListener progress) {
    String runId = runId(run);
    List<Path> files = documentFiles(run);
    long totalBytes = 0;
    for (Path f : files) {
      totalBytes += size(f);
    }
    List<String> errors = new ArrayList<>();
    Counts counts = new Counts();
    read(
        files,
        ImportPhase.VALIDATING,
        totalBytes,
        progress,
        (doc, where) -> {
          String problem = problem(doc);
          if (problem != null && errors.size() < MAX_ERRORS) {
            errors.add(where + ": " + problem);
          }
          counts.documents++;
        });
    if (!errors.isEmpty() || dryRun) {
      return new Report(runId, counts.documents, 0, 0, 0, 0, List.copyOf(errors), dryRun);
    }
    Instant now = Jdbc.now();
    long bytesToWrite = totalBytes;
    Jdbc.inTransaction(
        database,
        "cannot import run " + runId,
        c -> {
          read(
              files,
              ImportPhase.WRITING,
              bytesToWrite,
              progress,
              (doc, where) -> store(c, doc, author, now, counts));
          return null;
        });
    return new Report(
        runId,
        counts.documents,
        counts.documentsAdded,
        counts.documentsKnown,
        counts.candidatesAdded,
        counts.candidatesKnown,
        List.of(),
        false);
  }

  private static final class Counts {
    long documents;
    long documentsAdded;
    long documentsKnown;
    long candidatesAdded;
    long candidatesKnown;
  }

  private interface LineHandler {
    void handle(JsonNode doc, String where) throws SQLException;
  }

  /** Streams every line of the files, unparseable lines as null. */
  private static void read(
      List<Path> files,
      ImportPhase phase,
      long totalBytes,
      ProgressListener progress,
      LineHandler handler) {
    long rows = 0;
    long bytes = 0;
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file);
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
          if (line.isBlank()) {
            continue;
          }
          JsonNode doc;
          try {
            doc = Json.MAPPER.readTree(line);
          } catch (JacksonException e) {
            doc = null;
          }
          handler.handle(doc, where(file) + " line " + number);
          if (++rows % PROGRESS_EVERY == 0) {
            progress.progress(phase, rows, bytes, totalBytes);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      } catch (SQLException e) {
        throw new DatabaseException(
            "cannot store a document of " + file + ": " + e.getMessage(), e);
      }
    }
    progress.progress(phase, rows, totalBytes, totalBytes);
  }

  /** What is wrong with a document line, or null. Evidence must quote the text it points into. */
  private static String problem(JsonNode doc) {
    if (doc == null || !doc.isObject()) {
      return "not a JSON object";
    }
    if (!isText(doc.get("doc_id"))) {
      return "no doc_id";
    }
    if (!isText(doc.get("text"))) {
      return "no text";
    }
    String text = doc.get("text").asString();
    JsonNode date = doc.get("date");
    if (date != null && !date.isNull() && !Checks.isDay(date.asString())) {
      return "date is not YYYY-MM-DD: " + date.asString();
    }
    JsonNode url = doc.get("url");
    if (url != null
        && !url.isNull()
        && (!url.isString() || url.asString().length() > Checks.MAX_URL)) {
      return "url must be text of at most " + Checks.MAX_URL + " characters";
    }
    JsonNode format = doc.get("format");
    if (format != null
        && !format.isNull()
        && (!format.isString() || format.asString().length() > 20)) {
      return "format must be text of at most 20 characters";
    }
    JsonNode candidates = doc.get("candidates");
    if (candidates == null || !candidates.isArray() || candidates.isEmpty()) {
      return "no candidates";
    }
    for (JsonNode c : candidates) {
      if (!c.isObject() || !isText(c.get("recipient_country"))) {
        return "a candidate without recipient_country";
      }
      for (JsonNode e : c.path("evidence")) {
        int start = e.path("start").asInt(-1);
        int end = e.path("end").asInt(-1);
        if (start < 0
            || end < start
            || end > text.length()
            || !text.substring(start, end).equals(e.path("text").asString())) {
          return "evidence of a candidate does not quote the document's text at its offsets";
        }
      }
    }
    return null;
  }

  private static void store(Connection c, JsonNode doc, String author, Instant now, Counts counts)
      throws SQLException {
    String text = doc.get("text").asString();
    ArrayNode candidates = Json.MAPPER.createArrayNode();
    for (JsonNode n : doc.get("candidates")) {
      ObjectNode o = ((ObjectNode) n).deepCopy();
      o.remove("doc_id"); // stored documents keep candidates without it, as the web form does
      candidates.add(o);
    }
    String sha = Documents.sha256(text);
    var known = Documents.firstWithSha(c, sha);
    if (known.isEmpty()) {
      Documents.insert(
          c,
          new NewDocument(
              text,
              optional(doc, "title"),
              optional(doc, "url"),
              doc.hasNonNull("date") ? LocalDate.parse(doc.get("date").asString()) : null,
              doc.hasNonNull("format") ? doc.get("format").asString() : "txt",
              Json.MAPPER.writeValueAsString(candidates),
              author,
              LanguageIdentifier.bundled().identify(text)),
          now);
      counts.documentsAdded++;
      counts.candidatesAdded += candidates.size();
      return;
    }
    counts.documentsKnown++;
    ArrayNode stored = (ArrayNode) Json.MAPPER.readTree(known.get().candidatesJson());
    Set<String> seen = new HashSet<>();
    for (JsonNode s : stored) {
      seen.add(Documents.fingerprint(sha, s));
    }
    int before = stored.size();
    for (JsonNode n : candidates) {
      if (seen.add(Documents.fingerprint(sha, n))) {
        stored.add(n);
      }
    }
    counts.candidatesAdded += stored.size() - before;
    counts.candidatesKnown += candidates.size() - (stored.size() - before);
    if (stored.size() > before) {
      Documents.replaceCandidates(c, known.get().id(), Json.MAPPER.writeValueAsString(stored));
    }
  }

  /** A file's name; empty for a root, which has none. */
  private static String name(Path p) {
    Path name = p.getFileName();
    return name == null ? "" : name.toString();
  }

  /** "partition-folder/file.jsonl", as a run's files are named in reports. */
  private static String where(Path file) {
    Path parent = file.getParent();
    return (parent == null ? "" : name(parent) + "/") + name(file);
  }

  private static List<Path> documentFiles(Path run) {
    Path dir = run.resolve(DOCUMENTS);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(run + " has no " + DOCUMENTS + "/ folder");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> name(p).endsWith(".jsonl"))
          .filter(p -> !name(p).startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean isText(JsonNode n) {
    return n != null && n.isString() && !n.asString().isBlank();
  }

  private static String optional(JsonNode doc, String field) {
    JsonNode v = doc.get(field);
    return v != null && v.isString() ? Checks.blankToNull(v.asString()) : null;
  }
}
