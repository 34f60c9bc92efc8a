package org.sightline.app.screening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.screen.NameList;
import org.sightline.store.screening.ScreeningReports;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Screening for the API and the page: a list of names or an uploaded file against the published
 * register, as results in memory or as CSV written while the names are read; saving a run as a
 * report. An upload is read twice, first to refuse at once one that is not text, is a CSV without a
 * name column or holds more names than {@code sightline.screen.max-names}, so nothing is written
 * for input that would fail halfway.
 */
@Service
record ScreeningService(
    PublishedNames names,
    ScreeningReports reports,
    @Value("${sightline.screen.max-names:100000}") long maxNames) {
  /** An upload (or a pasted list) that can be opened more than once. */
  interface Source {
    InputStream open() throws IOException;

    String fileName();

    static Source of(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      return new Source() {
        @Override
        public InputStream open() {
          return new ByteArrayInputStream(bytes);
        }

        @Override
        public String fileName() {
          return null;
        }
      };
    }
  }

  /** A finished run in memory. */
  record Run(
      long registerRevision,
      String registerVersion,
      Instant screenedAt,
      double threshold,
      ScreeningRun.Totals totals,
      List<ScreeningRun.Screened> screened) {}

  /** Screens a list of names given one by one (as JSON gives them); rows count from 1. */
  Run screen(List<String> list, double threshold) {
    if (list.size() > maxNames) {
      throw new WorkflowRefusal(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "too_many_names",
          new ScreeningRun.TooManyNames((int) maxNames).getMessage(),
          List.of());
    }
    PublishedNames.Snapshot snapshot = names.current();
    List<ScreeningRun.Screened> out = new ArrayList<>();
    ScreeningRun.Totals totals =
        ScreeningRun.run(
            NameList.of(list), snapshot.screener(), threshold, maxNames, out::add, n -> {});
    return new Run(snapshot.revision(), snapshot.version(), Instant.now(), threshold, totals, out);
  }

  /** Screens an upload or a pasted list, in memory. */
  Run screen(Source source, double threshold) {
    check(source);
    PublishedNames.Snapshot snapshot = names.current();
    List<ScreeningRun.Screened> out = new ArrayList<>();
    try (NameList list = NameList.open(source.open(), source.fileName())) {
      ScreeningRun.Totals totals =
          ScreeningRun.run(list, snapshot.screener(), threshold, maxNames, out::add, n -> {});
      return new Run(
          snapshot.revision(), snapshot.version(), Instant.now(), threshold, totals, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Screens an upload, writing CSV as the names are read. */
  void screenToCsv(Source source, double threshold, OutputStream body) throws IOException {
    PublishedNames.Snapshot snapshot = names.current();
    Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8);
    try (NameList list = NameList.open(source.open(), source.fileName())) {
      CSVPrinter csv = ScreeningCsv.printer(w);
      ScreeningRun.run(
          list, snapshot.screener(), threshold, maxNames, s -> ScreeningCsv.print(csv, s), n -> {});
      csv.flush();
    }
    w.flush();
  }

  /**
   * Refuses at once an input that is not text, lacks a name column or holds too many names, as a
   * {@link WorkflowRefusal} (400 or 413) with a message that says what to change.
   */
  void check(Source source) {
    try (NameList list = NameList.open(source.open(), source.fileName())) {
      ScreeningRun.check(list, maxNames);
    } catch (ScreeningRun.TooManyNames e) {
      throw new WorkflowRefusal(
          HttpStatus.PAYLOAD_TOO_LARGE, "too_many_names", e.getMessage(), List.of());
    } catch (IllegalArgumentException e) {
      throw new WorkflowRefusal(HttpStatus.BAD_REQUEST, "bad_input", e.getMessage(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ScreeningReports.Summary save(Run run, String author) {
    List<ScreeningReports.Row> rows = new ArrayList<>();
    run.screened().forEach(s -> rows.addAll(ScreeningCsv.rows(s)));
    return reports.save(
        author,
        run.registerRevision(),
        run.registerVersion(),
        run.threshold(),
        run.totals().names(),
        run.totals().skippedRows(),
        rows);
  }

  Optional<ScreeningReports.Summary> report(String id) {
    return reports.find(id);
  }

  List<ScreeningReports.Row> reportRows(String id) {
    return reports.rows(id);
  }

  void reportToCsv(String id, OutputStream body) throws IOException {
    Writer w = new OutputStreamWriter(body, StandardCharsets.UTF_8);
    CSVPrinter csv = ScreeningCsv.printer(w);
    reports.forEachRow(id, r -> ScreeningCsv.print(csv, r, null));
    csv.flush();
    w.flush();
  }
}
