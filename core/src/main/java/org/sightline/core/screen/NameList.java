package org.sightline.core.screen;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Names to screen, read as a stream: one name per line, or a CSV with a {@code name} column (a file
 * ending in .csv, or any input whose first line has a column called "name"). Rows that cannot be a
 * name are not fatal: each comes back with the reason it was skipped (empty, not valid UTF-8,
 * control characters, too long). Input that is not text at all, or a CSV without a name column, is
 * refused at once with an {@link IllegalArgumentException} whose message says what is wrong.
 */
public final class NameList implements Iterator<NameList.Row>, Closeable {
  /** The longest name screened; longer rows are skipped. */
  public static final int MAX_NAME_LENGTH = 500;

  /** A row of the input: its line number and the name, or why it was skipped. */
  public record Row(long line, String name, String skipped) {
    public boolean isSkipped() {
      return skipped != null;
    }
  }

  private static final int SNIFF = 8192;
  private final Reader reader;
  private final Iterator<Row> rows;

  private NameList(Reader reader, Iterator<Row> rows) {
    this.reader = reader;
    this.rows = rows;
  }

  /**
   * Opens a list. {@code fileName} (may be null) only helps to tell a CSV from a list of names.
   *
   * @throws IllegalArgumentException for binary input or a CSV without a name column
   */
  public static NameList open(InputStream input, String fileName) throws IOException {
    BufferedInputStream in = new BufferedInputStream(input, SNIFF * 2);
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    for (byte b : head) {
      if (b == 0) {
        throw new IllegalArgumentException(
            "the input is not text (it contains NUL bytes): send names one per line, or a CSV"
                + " with a 'name' column, in UTF-8");
      }
    }
    Reader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    reader.mark(SNIFF * 2);
    String first = firstLine(reader);
    reader.reset();
    if (first.startsWith("\uFEFF")) {
      reader.read(); // the byte-order mark firstLine has already seen
      first = first.substring(1);
    }
    boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    int nameColumn = nameColumn(first);
    if (nameColumn >= 0 || csv) {
      if (nameColumn < 0) {
        throw new IllegalArgumentException(
            "the CSV has no 'name' column (its header is: "
                + shorten(first)
                + "); put the names in a column called 'name', or send one name per line");
      }
      return new NameList(reader, csvRows(reader, nameColumn));
    }
    return new NameList(reader, lineRows(new BufferedReader(reader)));
  }

  /** Names given one by one (as a JSON array gives them); row numbers count from 1. */
  public static NameList of(java.util.List<String> names) {
    Iterator<String> it = names.iterator();
    return new NameList(
        Reader.nullReader(),
        new Iterator<>() {
          long line;

          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Row next() {
            String name = it.next();
            return row(++line, name == null ? "" : name);
          }
        });
  }

  private static String firstLine(Reader reader) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c; (c = reader.read()) >= 0 && c != '\n' && b.length() < SNIFF; ) {
      b.append((char) c);
    }
    return b.toString().replace("\r", "");
  }

  /** The index of the "name" column if the line is a CSV header with one, else -1. */
  private static int nameColumn(String header) {
    if (!header.contains(",") && !header.trim().equalsIgnoreCase("name")) {
      return -1;
    }
    try (CSVParser p = CSVFormat.RFC4180.parse(new java.io.StringReader(header))) {
      for (CSVRecord r : p) {
        for (int i = 0; i < r.size(); i++) {
          if (r.get(i).trim().replace("\uFEFF", "").equalsIgnoreCase("name")) {
            return i;
          }
        }
        return -1;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return -1;
    }
    return -1;
  }

  private static Iterator<Row> lineRows(BufferedReader lines) {
    String first = readLine(lines);
    return new Iterator<>() {
      long line = 1;
      String pending = first;

      private String read() {
        line++;
        return readLine(lines);
      }

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Row next() {
        if (pending == null) {
          throw new NoSuchElementException();
        }
        Row r = row(line, pending);
        pending = read();
        return r;
      }
    };
  }

  private static String readLine(BufferedReader lines) {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Iterator<Row> csvRows(Reader reader, int column) throws IOException {
    CSVParser parser = CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).get().parse(reader);
    Iterator<CSVRecord> records = parser.iterator();
    if (records.hasNext()) {
      records.next(); // the header
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw malformed(parser, e);
        }
      }

      @Override
      public Row next() {
        CSVRecord r;
        try {
          r = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw malformed(parser, e);
        }
        long line = r.getRecordNumber(); // the header is record 1
        if (column >= r.size()) {
          return new Row(line, null, "no 'name' field");
        }
        return row(line, r.get(column));
      }
    };
  }

  private static IllegalArgumentException malformed(CSVParser parser, RuntimeException e) {
    return new IllegalArgumentException(
        "the CSV is malformed near line "
            + (parser.getCurrentLineNumber() + 1)
            + " (an unclosed quote?); nothing after it was read");
  }

  private static Row row(long line, String raw) {
    String name = raw.strip();
    if (name.isEmpty()) {
      return new Row(line, null, "empty");
    }
    if (name.indexOf('\uFFFD') >= 0) {
      return new Row(line, null, "not valid UTF-8");
    }
    if (name.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
      return new Row(line, null, "contains control characters");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return new Row(line, null, "longer than " + MAX_NAME_LENGTH + " characters");
    }
    return new Row(line, name, null);
  }

  private static String shorten(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }

  @Override
  public boolean hasNext() {
    return rows.hasNext();
  }

  @Override
  public Row next() {
    return rows.next();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
