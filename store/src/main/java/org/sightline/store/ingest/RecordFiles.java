package org.sightline.store.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sightline.core.model.Organization;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.Checks;
import org.sightline.core.schema.OrganizationSchema;
import org.sightline.core.schema.TransferSchema;
import org.sightline.store.json.TransferJson;

/**
 * Streams the rows of an import file (CSV or JSON Lines) with the line each starts on, turning
 * every format problem into a violation or, when the file cannot be read further (broken quoting,
 * bad encoding, wrong header), a {@link FileProblem}.
 */
final class RecordFiles {

  /** File types, chosen by extension. */
  enum FileType {
    CSV,
    JSONL;

    static FileType of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".csv")) {
        return CSV;
      }
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        return JSONL;
      }
      throw new IllegalArgumentException(
          "cannot tell the format of " + fileName + ": use a .csv, .jsonl or .ndjson file");
    }
  }

  /** One row: a transfer or an organization (null when unreadable) and its format problems. */
  record Row(long line, String id, Object record, Instant updatedAt, List<Violation> violations) {}

  /** The file cannot be read past this point. */
  static final class FileProblem extends Exception {
    final long line;

    FileProblem(long line, String message) {
      super(message);
      this.line = line;
    }
  }

  interface Sink {
    void accept(Row row) throws FileProblem;
  }

  interface Opener {
    InputStream open() throws IOException;
  }

  private RecordFiles() {}

  static final CSVFormat CSV_FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  /** Reads a CSV header to tell transfers from organizations. */
  static RecordKind guessKind(Opener opener, FileType type) throws FileProblem {
    if (type == FileType.JSONL) {
      return RecordKind.TRANSFERS;
    }
    try (CheckedInput in = new CheckedInput(opener.open());
        CSVParser parser = CSV_FORMAT.parse(reader(in))) {
      List<String> header = parser.getHeaderNames();
      if (header.contains(TransferSchema.RECIPIENT_COUNTRY.key())) {
        return RecordKind.TRANSFERS;
      }
      if (header.contains(OrganizationSchema.KIND.key())
          && header.contains(OrganizationSchema.NAME.key())) {
        return RecordKind.ORGANIZATIONS;
      }
      throw new FileProblem(
          1, "the header is neither transfers nor organizations columns; give --kind");
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw problem(1, e);
    }
  }

  /** Reads every row into the sink; {@code counter} receives the stream to report bytes read. */
  static void read(
      Opener opener,
      FileType type,
      RecordKind kind,
      java.util.function.Consumer<CheckedInput> counter,
      Sink sink)
      throws FileProblem {
    try (CheckedInput in = new CheckedInput(opener.open())) {
      counter.accept(in);
      if (type == FileType.CSV) {
        readCsv(in, kind, sink);
      } else {
        readJsonLines(in, kind, sink);
      }
    } catch (IOException e) {
      throw problem(1, e);
    }
  }

  private static void readCsv(CheckedInput in, RecordKind kind, Sink sink) throws FileProblem {
    List<String> expected =
        kind == RecordKind.TRANSFERS
            ? RecordCsv.TRANSFERS.columns()
            : RecordCsv.ORGANIZATIONS.columns();
    CSVParser parser;
    try {
      parser = CSV_FORMAT.parse(reader(in));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw problem(1, e);
    }
    try (parser) {
      List<String> header = parser.getHeaderNames();
      Set<String> missing = new LinkedHashSet<>(expected);
      missing.removeAll(header);
      Set<String> unknown = new LinkedHashSet<>(header);
      unknown.removeAll(expected);
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
          parts.add("missing " + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
          parts.add("unknown " + String.join(", ", unknown));
        }
        throw new FileProblem(
            1,
            "the header does not have the "
                + kind.key()
                + " columns ("
                + String.join("; ", parts)
                + ")");
      }
      Iterator<CSVRecord> records = parser.iterator();
      long previousEnd = parser.getCurrentLineNumber();
      while (true) {
        long line = previousEnd + 1;
        CSVRecord r;
        try {
          if (!records.hasNext()) {
            break;
          }
          r = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw problem(line, e);
        }
        previousEnd = parser.getCurrentLineNumber();
        if (r.size() == 1 && r.get(0).isEmpty()) {
          continue; // a blank line
        }
        if (r.size() != header.size()) {
          String id = r.size() > 0 ? Checks.emptyToNull(r.get(0)) : null;
          sink.accept(
              new Row(
                  line,
                  id,
                  null,
                  null,
                  List.of(
                      new Violation(
                          "row",
                          "has "
                              + r.size()
                              + " fields but the header has "
                              + header.size()
                              + " (a quote or comma out of place?)"))));
          continue;
        }
        if (kind == RecordKind.TRANSFERS) {
          RecordCsv.Parsed<Transfer> p = RecordCsv.TRANSFERS.parse(r::get);
          sink.accept(new Row(line, p.record().id(), p.record(), null, p.violations()));
        } else {
          RecordCsv.Parsed<Organization> p = RecordCsv.ORGANIZATIONS.parse(r::get);
          sink.accept(new Row(line, p.record().id(), p.record(), null, p.violations()));
        }
      }
    } catch (IOException e) {
      throw problem(parser.getCurrentLineNumber(), e);
    }
  }

  private static void readJsonLines(CheckedInput in, RecordKind kind, Sink sink)
      throws FileProblem {
    if (kind != RecordKind.TRANSFERS) {
      throw new FileProblem(1, "JSON Lines import holds transfers; import organizations as CSV");
    }
    long line = 0;
    try (BufferedReader reader = new BufferedReader(reader(in), 1 << 16)) {
      String text;
      while (true) {
        try {
          text = reader.readLine();
        } catch (IOException e) {
          throw problem(line + 1, e);
        }
        if (text == null) {
          break;
        }
        line++;
        if (text.isBlank()) {
          continue;
        }
        TransferJson.Parsed p = TransferJson.parseLine(text);
        String id = p.transfer() == null ? null : p.transfer().id();
        sink.accept(new Row(line, id, p.transfer(), p.updatedAt(), p.violations()));
      }
    } catch (IOException e) {
      throw problem(line + 1, e);
    }
  }

  /** A UTF-8 reader that skips a leading byte-order mark. */
  private static Reader reader(CheckedInput in) throws IOException {
    // The CheckedInput rejects malformed bytes with their line before the decoder sees them.
    PushbackReader r =
        new PushbackReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1);
    int first = r.read();
    if (first >= 0 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  private static FileProblem problem(long line, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CheckedInput.EncodingException enc) {
        return new FileProblem(
            enc.line, "the file is not valid UTF-8 (save it as UTF-8 and retry)");
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new FileProblem(line, "malformed CSV/JSON: " + msg.lines().findFirst().orElse(msg));
  }
}
