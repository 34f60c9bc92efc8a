package org.sightline.core.layers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV table read whole with Commons CSV (ADR 0008): its header and its records with the
 * line each starts on. Malformed CSV (an unclosed quote) becomes a problem, not an exception.
 */
record CsvTable(List<String> header, List<Line> lines, List<TableProblem> problems) {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .setAllowMissingColumnNames(true)
          .get();

  /** One record of the table and the line of the file it starts on. */
  record Line(long number, CSVRecord record) {
    /** The trimmed cell of a column, or "" when the record is short. */
    String cell(String column) {
      return record.isSet(column) ? record.get(column).trim() : "";
    }

    Map<String, String> cells() {
      return record.toMap();
    }
  }

  static CsvTable read(Reader reader) {
    List<Line> lines = new ArrayList<>();
    List<TableProblem> problems = new ArrayList<>();
    List<String> header = List.of();
    long lastLine = 1;
    try (CSVParser parser = FORMAT.parse(reader)) {
      header = List.copyOf(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        lines.add(new Line(lastLine + 1, record));
        lastLine = parser.getCurrentLineNumber();
      }
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(new TableProblem(lastLine + 1, "not valid CSV: " + reason(e)));
    } catch (IOException e) {
      problems.add(new TableProblem(lastLine + 1, "cannot read the table: " + reason(e)));
    }
    return new CsvTable(header, lines, problems);
  }

  /** Problems for the named columns the header lacks (reported on line 1). */
  List<TableProblem> missingColumns(List<String> required) {
    List<TableProblem> out = new ArrayList<>();
    for (String column : required) {
      if (!header.contains(column)) {
        out.add(new TableProblem(1, "the header has no column \u201c" + column + "\u201d"));
      }
    }
    return out;
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
