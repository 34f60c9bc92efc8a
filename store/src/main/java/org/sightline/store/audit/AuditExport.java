package org.sightline.store.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.core.json.Json;

/**
 * Writes the audit log as CSV (Commons CSV, with a header row) or JSON Lines (one object per
 * entry), oldest first. The same columns in both, for the web export and {@code sightline audit
 * export}.
 */
public final class AuditExport {
  public enum Format {
    CSV,
    JSONL;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> fromKey(String key) {
      for (Format f : values()) {
        if (f.key().equals(key == null ? null : key.trim().toLowerCase(Locale.ROOT))) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  static final String[] COLUMNS = {
    "at", "actor", "action", "entity_type", "entity_id", "revision", "detail"
  };

  private AuditExport() {}

  /** Writes every entry matching the filter; returns how many were written. */
  public static long write(AuditLog log, AuditFilter filter, Format format, Writer out) {
    long[] count = {0};
    try {
      if (format == Format.CSV) {
        CSVPrinter csv =
            CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS)
                .setRecordSeparator("\n")
                .get()
                .print(out);
        log.forEach(
            filter,
            e -> {
              try {
                csv.printRecord(
                    e.at().toString(),
                    e.actor(),
                    e.action(),
                    e.entityType(),
                    e.entityId(),
                    e.revision(),
                    e.detail());
                count[0]++;
              } catch (IOException x) {
                throw new UncheckedIOException(x);
              }
            });
        csv.flush();
      } else {
        log.forEach(
            filter,
            e -> {
              Map<String, Object> line = new LinkedHashMap<>();
              line.put("at", e.at().toString());
              line.put("actor", e.actor());
              line.put("action", e.action());
              line.put("entity_type", e.entityType());
              line.put("entity_id", e.entityId());
              line.put("revision", e.revision());
              line.put("detail", e.detail());
              try {
                out.write(Json.MAPPER.writeValueAsString(line));
                out.write('\n');
              } catch (IOException x) {
                throw new UncheckedIOException(x);
              }
              count[0]++;
            });
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }
}
