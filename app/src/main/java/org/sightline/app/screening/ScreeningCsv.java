package org.sightline.app.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.core.screen.Screener;
import org.sightline.store.screening.ScreeningReports;

/**
 * Screening results as CSV: the contract's columns ({@code input, match, score, matched_on,
 * country, recipient_countries}) and then the organization's id and kind, its parent with the
 * parent's recipient countries, what it owns, the explanation and the input line. One row per
 * match, best first; a name that matched nothing has one row with only its input. Lists inside a
 * cell are separated by ';'.
 */
final class ScreeningCsv {
  static final List<String> COLUMNS =
      List.of(
          "input",
          "match",
          "score",
          "matched_on",
          "country",
          "recipient_countries",
          "organization_id",
          "kind",
          "parent",
          "parent_recipient_countries",
          "owns",
          "explanation",
          "line");

  private ScreeningCsv() {}

  static CSVPrinter printer(Appendable out) {
    try {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
      csv.printRecord(COLUMNS);
      return csv;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void print(CSVPrinter csv, ScreeningRun.Screened s) {
    for (ScreeningReports.Row r : rows(s)) {
      print(csv, r, s.result().alerts().isEmpty() ? null : s);
    }
  }

  /** The rows a report keeps for one screened name (one per match, or one without a match). */
  static List<ScreeningReports.Row> rows(ScreeningRun.Screened s) {
    String input = s.result().input();
    if (s.result().alerts().isEmpty()) {
      return List.of(
          new ScreeningReports.Row(
              s.line(), input, null, null, null, null, null, null, null, null, null));
    }
    return s.result().alerts().stream()
        .map(
            a ->
                new ScreeningReports.Row(
                    s.line(),
                    input,
                    a.match().organizationId(),
                    a.match().organizationName(),
                    a.match().matchedName(),
                    a.match().score(),
                    a.country(),
                    String.join(";", a.recipientCountries()),
                    a.parent() == null ? null : a.parent().id(),
                    a.parent() == null ? null : a.parent().name(),
                    a.match().explanation().summary()))
        .toList();
  }

  /** A stored row (of a saved report), with what only a live run knows when it is at hand. */
  static void print(CSVPrinter csv, ScreeningReports.Row r, ScreeningRun.Screened live) {
    Screener.Alert alert = null;
    if (live != null && r.organizationId() != null) {
      alert =
          live.result().alerts().stream()
              .filter(a -> a.match().organizationId().equals(r.organizationId()))
              .findFirst()
              .orElse(null);
    }
    try {
      csv.printRecord(
          r.input(),
          r.organizationName(),
          r.score() == null ? null : String.format(java.util.Locale.ROOT, "%.3f", r.score()),
          r.matchedOn(),
          r.country(),
          r.recipientCountries(),
          r.organizationId(),
          alert == null ? null : alert.kind(),
          r.parentName(),
          alert == null || alert.parent() == null
              ? null
              : String.join(";", alert.parent().recipientCountries()),
          alert == null
              ? null
              : String.join(";", alert.owns().stream().map(Screener.Related::name).toList()),
          r.explanation(),
          r.line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
