package org.sightline.store.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;

/**
 * Exports the PUBLISHED register in open formats, ordered by id, so that the same data always gives
 * the same bytes (export, import into an empty database, export again: identical files). CSV is RFC
 * 4180 (CRLF, quotes only where needed, UTF-8 without BOM); JSON Lines ends every line with LF.
 */
public final class Exporter {
  private static final CSVFormat CSV = CSVFormat.RFC4180;

  private final Register register;

  public Exporter(Register register) {
    this.register = register;
  }

  /** Writes the published transfers as CSV or JSON Lines to {@code out} (replaced atomically). */
  public long export(ExportFormat format, Path out) {
    return toFile(out, stream -> export(format, stream));
  }

  /** Writes the published transfers to a stream (left open); returns the count. */
  public long export(ExportFormat format, OutputStream out) {
    try {
      Writer w = writer(out);
      long[] n = {0};
      if (format == ExportFormat.CSV) {
        CSVPrinter csv = new CSVPrinter(w, CSV);
        csv.printRecord(RecordCsv.TRANSFERS.columns());
        register.forEachTransfer(
            Visibility.PUBLIC,
            t -> {
              print(csv, RecordCsv.TRANSFERS.row(t.transfer()));
              n[0]++;
            });
        csv.flush();
      } else if (format == ExportFormat.JSONL) {
        register.forEachTransfer(
            Visibility.PUBLIC,
            t -> {
              try {
                w.write(TransferJson.toLine(t.transfer(), t.updatedAt()));
                w.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              n[0]++;
            });
      } else {
        throw new IllegalArgumentException(format.key() + " is written by its own export class");
      }
      w.flush();
      return n[0];
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
  }

  /** Writes the published organizations CSV (columns of organizations.csv) to a file. */
  public long exportOrganizations(Path out) {
    return toFile(out, this::exportOrganizations);
  }

  public long exportOrganizations(OutputStream out) {
    try {
      Writer w = writer(out);
      CSVPrinter csv = new CSVPrinter(w, CSV);
      csv.printRecord(RecordCsv.ORGANIZATIONS.columns());
      long n = 0;
      for (StoredOrganization o : register.organizations(Visibility.PUBLIC)) {
        csv.printRecord(RecordCsv.ORGANIZATIONS.row(o.organization()));
        n++;
      }
      csv.flush();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
  }

  private static void print(CSVPrinter csv, Iterable<String> row) {
    try {
      csv.printRecord(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  interface StreamExport {
    long write(OutputStream out);
  }

  static long toFile(Path out, StreamExport export) {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null) {
      throw new IllegalArgumentException("not a file: " + out);
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".export-", ".tmp");
      try {
        long n;
        try (OutputStream os = Files.newOutputStream(tmp)) {
          n = export.write(os);
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
