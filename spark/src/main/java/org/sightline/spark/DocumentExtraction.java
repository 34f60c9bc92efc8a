package org.sightline.spark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.extract.intake.DocumentIntake;
import org.sightline.core.extract.intake.DocumentText;
import org.sightline.core.extract.intake.IntakeException;
import org.sightline.core.json.Json;
import org.sightline.core.schema.Checks;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The work of one partition: each input (a JSON Lines line or a whole .txt/.html file) becomes a
 * document, extracted exactly as {@code sightline extract} does it, and comes out as result rows:
 * one per candidate, one per document (with its counters, and its text and candidates for review
 * when it has any), or one error. A document that cannot be read is an error row, never an
 * exception, so one bad document never fails the job.
 */
final class DocumentExtraction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** An input: its file, and either a JSON Lines line or a file's bytes. */
  static final StructType INPUT =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.StringType, true)
          .add("content", DataTypes.BinaryType, true);

  static final String CANDIDATE = "candidate";
  static final String DOCUMENT = "document";
  static final String ERROR = "error";

  /**
   * A result: {@code kind} says which output it feeds; {@code line} is the JSON line written there
   * (null for a document without candidates, whose row only counts); {@code bytes} and {@code
   * candidates} are the document's counters.
   */
  static final StructType RESULT =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("doc_id", DataTypes.StringType, true)
          .add("recipient_country", DataTypes.StringType, true)
          .add("line", DataTypes.StringType, true)
          .add("bytes", DataTypes.LongType, false)
          .add("candidates", DataTypes.IntegerType, false);

  private static final int EXCERPT = 200;

  private final double minConfidence;
  private final List<String> roots;

  /**
   * @param roots the input folders, fully qualified, so that a file's id is its path below the
   *     folder it was found in (its name, for a flat folder: what {@code extract} prints)
   */
  DocumentExtraction(double minConfidence, List<String> roots) {
    this.minConfidence = minConfidence;
    this.roots = List.copyOf(roots);
  }

  /**
   * One extractor per executor JVM, built on first use (compiling the gazetteer takes a moment) and
   * shared by its tasks: {@link Extractor} is thread-safe. The organizations are the bundled
   * starter organizations, as for {@code sightline extract}.
   */
  private static final class Shared {
    static final Extractor EXTRACTOR = new Extractor(OrganizationsCsv.starter());
  }

  @Override
  public Iterator<Row> call(Iterator<Row> inputs) {
    DocumentIntake intake = new DocumentIntake();
    Extractor extractor = Shared.EXTRACTOR;
    // Lazy: a document is read only when Spark asks for its results, so a partition's texts never
    // sit in memory all at once.
    return new Iterator<>() {
      private final Queue<Row> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && inputs.hasNext()) {
          handle(inputs.next(), intake, extractor, pending);
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.remove();
      }
    };
  }

  private void handle(Row in, DocumentIntake intake, Extractor extractor, Queue<Row> out) {
    String source = in.getString(0);
    if (in.isNullAt(2)) {
      String line = in.getString(1);
      if (!line.isBlank()) {
        fromJsonLine(source, line, intake, extractor, out);
      }
    } else {
      fromFile(source, (byte[]) in.get(2), intake, extractor, out);
    }
  }

  private void fromJsonLine(
      String source, String line, DocumentIntake intake, Extractor extractor, Queue<Row> out) {
    long bytes = line.getBytes(StandardCharsets.UTF_8).length;
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(line);
    } catch (JacksonException e) {
      out.add(
          error(
              source,
              null,
              "not a JSON object: " + firstLine(e.getOriginalMessage()),
              line,
              bytes));
      return;
    }
    if (node == null || !node.isObject()) {
      out.add(error(source, null, "not a JSON object", line, bytes));
      return;
    }
    JsonNode idNode = node.get("id");
    String id =
        idNode != null && (idNode.isString() || idNode.isIntegralNumber())
            ? idNode.asString().strip()
            : "";
    if (id.isEmpty()) {
      out.add(error(source, null, "no id (a string or a whole number)", line, bytes));
      return;
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isString() || textNode.asString().isBlank()) {
      out.add(error(source, id, "no text (a non-empty string)", null, bytes));
      return;
    }
    String text = textNode.asString();
    if (text.indexOf('\u0000') >= 0) {
      out.add(error(source, id, "the text contains NUL characters: it looks binary", null, bytes));
      return;
    }
    LocalDate date;
    try {
      date = date(node.get("date"));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      out.add(error(source, id, "date must be YYYY-MM-DD or an ISO date-time", null, bytes));
      return;
    }
    DocumentText doc;
    try {
      doc = intake.pasted(text);
    } catch (IntakeException e) {
      out.add(error(source, id, e.getMessage(), null, bytes));
      return;
    }
    extract(
        source,
        id,
        new DocumentText(doc.text(), "txt", null, optional(node, "title")),
        optional(node, "url"),
        date,
        bytes,
        extractor,
        out);
  }

  private void fromFile(
      String source, byte[] content, DocumentIntake intake, Extractor extractor, Queue<Row> out) {
    String id = idOf(source);
    DocumentText doc;
    try {
      doc = intake.read(content, source.substring(source.lastIndexOf('/') + 1));
    } catch (IntakeException e) {
      out.add(error(source, id, e.getMessage(), null, content.length));
      return;
    }
    extract(source, id, doc, null, null, content.length, extractor, out);
  }

  private void extract(
      String source,
      String id,
      DocumentText doc,
      String url,
      LocalDate date,
      long bytes,
      Extractor extractor,
      Queue<Row> out) {
    List<Candidate> found;
    try {
      found = extractor.extract(doc.text(), date, minConfidence);
    } catch (RuntimeException e) {
      // A document the extractor trips over is reported, not allowed to stop the run.
      out.add(error(source, id, "extraction failed: " + e, null, bytes));
      return;
    }
    String reviewLine = null;
    if (!found.isEmpty()) {
      ObjectNode review = Json.MAPPER.createObjectNode();
      review.put("doc_id", id);
      review.put("url", url);
      review.put("date", date == null ? null : date.toString());
      review.put("title", doc.title());
      review.put("format", doc.format());
      review.put("text", doc.text());
      var candidates = review.putArray("candidates");
      for (Candidate c : found) {
        ObjectNode json = CandidateJson.toJson(id, c);
        candidates.add(json);
        out.add(
            RowFactory.create(
                CANDIDATE, id, c.recipientCountry(), Json.MAPPER.writeValueAsString(json), 0L, 0));
      }
      reviewLine = Json.MAPPER.writeValueAsString(review);
    }
    out.add(RowFactory.create(DOCUMENT, id, null, reviewLine, bytes, found.size()));
  }

  /**
   * An error row. {@code line} is the JSON line when the document's id could not be read from it
   * (an excerpt identifies it instead), else null.
   */
  private static Row error(String source, String id, String message, String line, long bytes) {
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("source", source);
    e.put("doc_id", id);
    e.put("error", message);
    if (line != null) {
      e.put("excerpt", line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "…");
    }
    return RowFactory.create(ERROR, id, null, Json.MAPPER.writeValueAsString(e), bytes, 0);
  }

  private static LocalDate date(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isString()) {
      throw new IllegalArgumentException("not a string");
    }
    String s = node.asString().strip();
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 10) {
      return LocalDate.parse(s);
    }
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException noOffset) {
      return LocalDateTime.parse(s).toLocalDate();
    }
  }

  private static String optional(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? Checks.blankToNull(v.asString()) : null;
  }

  private String idOf(String source) {
    for (String root : roots) {
      if (source.startsWith(root + "/")) {
        return source.substring(root.length() + 1);
      }
    }
    return source.substring(source.lastIndexOf('/') + 1);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
