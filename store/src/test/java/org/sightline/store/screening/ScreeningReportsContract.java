package org.sightline.store.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.store.db.DatabaseContract;

/** Saved screening reports, run on every engine (see {@link ScreeningReportsTest}). */
abstract class ScreeningReportsContract extends DatabaseContract {
  static final String VERSION = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  ScreeningReports reports;

  @BeforeEach
  void open() {
    reports = new ScreeningReports(db.database());
  }

  @Test
  void aReportKeepsItsRunAndRowsInInputOrder() {
    List<ScreeningReports.Row> rows =
        List.of(
            new ScreeningReports.Row(
                1,
                "华为技术有限公司",
                "O0001",
                "Huawei",
                "华为技术有限公司",
                1.0,
                "CN",
                "EC;KE",
                null,
                null,
                "\"huawei technology\" vs \"huawei technology\""),
            new ScreeningReports.Row(
                3, "Acme Bakery", null, null, null, null, null, null, null, null, null),
            new ScreeningReports.Row(
                4,
                "Elaman GmbH",
                "O0610",
                "Elaman",
                "Elaman",
                0.9374,
                "DE",
                "",
                "O0024",
                "Gamma International",
                "x".repeat(5000)));
    ScreeningReports.Summary saved = reports.save("analyst", 42, VERSION, 0.8, 4, 1, rows);

    assertThat(saved.id()).hasSize(22).matches("[A-Za-z0-9_-]+");
    ScreeningReports.Summary found = reports.find(saved.id()).orElseThrow();
    assertThat(found.registerRevision()).isEqualTo(42);
    assertThat(found.registerVersion()).isEqualTo(VERSION);
    assertThat(found.threshold()).isEqualTo(0.8);
    assertThat(found.names()).isEqualTo(4);
    assertThat(found.alerts()).isEqualTo(2);
    assertThat(found.skipped()).isEqualTo(1);
    assertThat(found.createdAt()).isEqualTo(saved.createdAt());

    List<ScreeningReports.Row> back = reports.rows(saved.id());
    assertThat(back).hasSize(3);
    assertThat(back.get(0)).isEqualTo(rows.get(0));
    assertThat(back.get(1)).isEqualTo(rows.get(1));
    assertThat(back.get(2).score()).isEqualTo(0.937);
    assertThat(back.get(2).explanation()).hasSize(4000).endsWith("…");
  }

  @Test
  void unknownAndOverlongIdsFindNothingAndIdsDoNotRepeat() {
    assertThat(reports.find("no-such-report")).isEmpty();
    assertThat(reports.find("x".repeat(200))).isEmpty();
    String a = reports.save("a", 1, VERSION, 0.8, 0, 0, List.of()).id();
    String b = reports.save("a", 1, VERSION, 0.8, 0, 0, List.of()).id();
    assertThat(a).isNotEqualTo(b);
    assertThat(reports.rows(a)).isEmpty();
  }

  @Test
  void aLargeRunIsSavedAndStreamedBack() {
    List<ScreeningReports.Row> rows = new ArrayList<>();
    IntStream.range(0, 5_000)
        .forEach(
            i ->
                rows.add(
                    new ScreeningReports.Row(
                        i + 1, "Name " + i, null, null, null, null, null, null, null, null, null)));
    String id = reports.save("a", 7, VERSION, 0.8, 5_000, 0, rows).id();
    long[] seen = {0};
    reports.forEachRow(
        id,
        r -> {
          assertThat(r.line()).isEqualTo(seen[0] + 1);
          seen[0]++;
        });
    assertThat(seen[0]).isEqualTo(5_000);
  }
}
