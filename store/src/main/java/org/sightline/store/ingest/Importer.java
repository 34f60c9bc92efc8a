package org.sightline.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.RecordRules;
import org.sightline.core.registry.Violation;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.RecordFiles.FileProblem;
import org.sightline.store.ingest.RecordFiles.FileType;
import org.sightline.store.ingest.RecordFiles.Opener;
import org.sightline.store.ingest.RecordFiles.Row;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.TransferInput;
import org.sightline.store.registry.WriteCounts;

/**
 * Imports a CSV or JSON Lines file all or nothing. The file is read twice: first every row is
 * validated (all errors are collected, with their line), and only when there is none is it read
 * again and written in ONE transaction, in batches of {@value #BATCH} rows, so memory stays flat
 * for millions of rows and a crash leaves the database as it was. Unchanged rows write nothing, so
 * importing the same file again is a no-op.
 */
public final class Importer {
  /** Errors kept in the report (all are counted). */
  public static final int MAX_REPORTED_ERRORS = 1000;

  static final int BATCH = 5000;
  private static final int PROGRESS_EVERY = 500;

  private final RegisterWriter writer;
  private final RecordRules rules;

  public Importer(Database database) {
    this(new RegisterWriter(database), new RecordRules(Countries.bundled()));
  }

  public Importer(RegisterWriter writer, RecordRules rules) {
    this.writer = writer;
    this.rules = rules;
  }

  /**
   * Imports a file. The format comes from the extension ({@code .csv}, {@code .jsonl}, {@code
   * .ndjson}); {@code kind} null means "tell from the CSV header". A dry run validates and counts
   * what would change, then rolls back.
   *
   * @throws IllegalArgumentException when the file is missing or its type is not supported
   */
  public ImportReport importFile(
      Path file, RecordKind kind, boolean dryRun, String author, ProgressListener progress) {
    Path name = file.getFileName();
    if (name == null || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    FileType type = FileType.of(name.toString());
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return importFrom(
        name.toString(),
        () -> Files.newInputStream(file),
        size,
        type,
        kind,
        dryRun,
        author,
        progress);
  }

  ImportReport importFrom(
      String name,
      Opener opener,
      long size,
      FileType type,
      RecordKind requestedKind,
      boolean dryRun,
      String author,
      ProgressListener progress) {
    ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
    Validation v = new Validation();
    RecordKind kind = requestedKind;
    if (kind == null) {
      try {
        kind = RecordFiles.guessKind(opener, type);
      } catch (FileProblem p) {
        v.add(new RowError(p.line, null, null, p.getMessage()));
        return v.report(name, RecordKind.TRANSFERS, dryRun);
      }
    }
    RecordKind k = kind;
    CheckedInput[] stream = new CheckedInput[1];
    try {
      RecordFiles.read(
          opener,
          type,
          kind,
          in -> stream[0] = in,
          row -> {
            v.check(row, k);
            if (v.rows % PROGRESS_EVERY == 0) {
              listener.progress(ImportPhase.VALIDATING, v.rows, stream[0].bytesRead(), size);
            }
          });
    } catch (FileProblem p) {
      v.add(new RowError(p.line, null, null, p.getMessage()));
    }
    listener.progress(
        ImportPhase.VALIDATING, v.rows, stream[0] == null ? 0 : stream[0].bytesRead(), size);
    if (v.errorCount > 0) {
      return v.report(name, kind, dryRun);
    }
    WriteCounts counts = write(name, opener, size, type, kind, dryRun, author, listener);
    return new ImportReport(
        name,
        kind,
        dryRun,
        v.rows,
        counts.created(),
        counts.updated(),
        counts.unchanged(),
        0,
        List.of());
  }

  private WriteCounts write(
      String name,
      Opener opener,
      long size,
      FileType type,
      RecordKind kind,
      boolean dryRun,
      String author,
      ProgressListener listener) {
    CheckedInput[] stream = new CheckedInput[1];
    try (RegisterWriter.Batch batch = writer.begin(author, "import of " + name)) {
      List<Object> pending = new ArrayList<>(BATCH);
      WriteCounts[] counts = {WriteCounts.NONE};
      long[] rows = {0};
      listener.progress(ImportPhase.WRITING, 0, 0, size);
      RecordFiles.read(
          opener,
          type,
          kind,
          in -> stream[0] = in,
          row -> {
            if (row.record() == null || !row.violations().isEmpty()) {
              throw new FileProblem(row.line(), "the file changed while it was being imported");
            }
            pending.add(
                kind == RecordKind.TRANSFERS
                    ? new TransferInput((Transfer) row.record(), row.updatedAt())
                    : row.record());
            rows[0]++;
            if (pending.size() == BATCH) {
              counts[0] = counts[0].plus(flush(batch, kind, pending));
              listener.progress(ImportPhase.WRITING, rows[0], stream[0].bytesRead(), size);
            }
          });
      counts[0] = counts[0].plus(flush(batch, kind, pending));
      if (!dryRun) {
        batch.commit();
      }
      listener.progress(ImportPhase.WRITING, rows[0], stream[0].bytesRead(), size);
      return counts[0];
    } catch (FileProblem p) {
      throw new IllegalStateException("line " + p.line + ": " + p.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static WriteCounts flush(RegisterWriter.Batch batch, RecordKind kind, List<Object> rows) {
    if (rows.isEmpty()) {
      return WriteCounts.NONE;
    }
    WriteCounts c =
        kind == RecordKind.TRANSFERS
            ? batch.saveTransfers(new ArrayList<>((List<TransferInput>) (List<?>) rows))
            : batch.saveOrganizations(new ArrayList<>((List<Organization>) (List<?>) rows));
    rows.clear();
    return c;
  }

  /** The first pass: every problem of every row, counted, the first ones kept. */
  private final class Validation {
    final List<RowError> errors = new ArrayList<>();
    final Map<String, Long> firstLineOfId = new HashMap<>();
    long errorCount;
    long rows;

    void check(Row row, RecordKind kind) {
      rows++;
      List<Violation> found = new ArrayList<>(row.violations());
      // A rule broken only because a value could not be read (an unknown key leaves the field
      // empty) repeats the format problem: report the format problem alone.
      java.util.Set<String> unreadable = new java.util.HashSet<>();
      row.violations().forEach(x -> unreadable.add(x.field()));
      if (row.record() instanceof Transfer t) {
        rules.check(t).stream().filter(x -> !unreadable.contains(x.field())).forEach(found::add);
        for (OrganizationRef ref : t.supplierOrgs()) {
          if (ref.name() != null && ref.name().contains(";")
              || ref.aliases().stream().anyMatch(a -> a.contains(";"))) {
            found.add(new Violation("supplier", "names and aliases must not contain \";\""));
          }
        }
      } else if (row.record() instanceof Organization o) {
        rules.check(o).stream().filter(x -> !unreadable.contains(x.field())).forEach(found::add);
        if (o.aliases().stream().anyMatch(a -> a.contains(";"))) {
          found.add(new Violation("aliases", "aliases must not contain \";\""));
        }
      }
      if (row.id() != null) {
        Long first = firstLineOfId.putIfAbsent(row.id(), row.line());
        if (first != null) {
          found.add(new Violation("id", "duplicate id, first used on line " + first));
        }
      }
      for (Violation violation : found) {
        add(new RowError(row.line(), row.id(), violation.field(), violation.message()));
      }
    }

    void add(RowError e) {
      errorCount++;
      if (errors.size() < MAX_REPORTED_ERRORS) {
        errors.add(e);
      }
    }

    ImportReport report(String name, RecordKind kind, boolean dryRun) {
      return new ImportReport(name, kind, dryRun, rows, 0, 0, 0, errorCount, errors);
    }
  }
}
