package org.sightline.app.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.CliRunner.Run;
import org.sightline.core.layers.LayerRow;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.layers.LayerStore;

/** {@code sightline import --kind aigs|indicators} as a user runs it, on real files. */
class LayersCliTest {
  @TempDir Path dir;

  private Run sightline(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = dir.resolve("data").toString();
    return CliRunner.sightline(all);
  }

  private LayerStore store(Database db) {
    return new LayerStore(db);
  }

  @Test
  void anAigsTableIsStoredOnceAndImportingItAgainChangesNothing() throws Exception {
    Path table = SmallLayers.copy("aigs-pages.csv", dir);

    Run dry = sightline("import", table.toString(), "--kind", "aigs", "--dry-run");
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out()).contains("dry run, nothing written: layer aigs-2022: 4 countries");

    Run first = sightline("import", table.toString(), "--kind", "aigs");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out().strip()).isEqualTo("layer aigs-2022: 4 countries, stored");
    Run again = sightline("import", table.toString(), "--kind", "AIGS");
    assertThat(again.out().strip()).isEqualTo("layer aigs-2022: 4 countries, unchanged");

    try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("data")))) {
      assertThat(store(db).layer("aigs-2022").orElseThrow().rows())
          .extracting(LayerRow::country)
          .containsExactly("BT", "MN", "UZ", "ZM");
    }
  }

  @Test
  void aDamagedCellRefusesTheWholeFileNamingTheLineUntilANameMappingSaysWhatItMeans()
      throws Exception {
    Path table = SmallLayers.copy("aigs-pages-damaged.csv", dir);

    Run refused = sightline("import", table.toString(), "--kind", "aigs");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err().lines())
        .containsExactly(
            "aigs-pages-damaged.csv line 3: Country (MongolElectoral Democracyia): the cell"
                + " \u201cMongolElectoral Democracyia\u201d is damaged (a regime-type label was"
                + " pasted into it); say what it means in a name mapping (--names FILE with the"
                + " columns name,means)",
            "nothing imported: 1 problem in aigs-pages-damaged.csv");
    try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("data")))) {
      assertThat(store(db).layers()).isEmpty();
    }

    Path names = dir.resolve("names.csv");
    Files.writeString(names, "name,means\nMongolElectoral Democracyia,Laos\n");
    Run mapped =
        sightline("import", table.toString(), "--kind", "aigs", "--names", names.toString());
    assertThat(mapped.exit()).as(mapped.err()).isZero();
    assertThat(mapped.out()).contains("layer aigs-2022: 2 countries, stored");

    Files.writeString(names, "name\nMongolia\n");
    Run badNames =
        sightline("import", table.toString(), "--kind", "aigs", "--names", names.toString());
    assertThat(badNames.exit()).isEqualTo(1);
    assertThat(badNames.err())
        .contains("names.csv line 1: the header has no column \u201cmeans\u201d");

    Run wrongKind =
        sightline("import", table.toString(), "--kind", "transfers", "--names", names.toString());
    assertThat(wrongKind.exit()).isNotZero();
    assertThat(wrongKind.err().strip()).endsWith("--names applies to --kind aigs only");
    Run missing = sightline("import", dir.resolve("none.csv").toString(), "--kind", "aigs");
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("none.csv: no such file").doesNotContain("Exception");
  }

  @Test
  void indicatorsAreImportedAllOrNothingAndUpdatedByCountryAndYear() throws Exception {
    Path good = SmallLayers.copy("indicators-pages.csv", dir);
    Run first = sightline("import", good.toString(), "--kind", "indicators");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out().strip())
        .isEqualTo("5 indicator values: created 5, updated 0, unchanged 0");
    assertThat(sightline("import", good.toString(), "--kind", "indicators").out().strip())
        .isEqualTo("5 indicator values: created 0, updated 0, unchanged 5");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "country,year,indicator,value\n"
            + "MN,2021,test_regime,closed autocracy\n"
            + "Narnia,2021,test_regime,closed autocracy\n");
    Run refused = sightline("import", bad.toString(), "--kind", "indicators");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err().lines())
        .containsExactly(
            "bad.csv line 3: country \u201cNarnia\u201d is not a country Sightline knows",
            "nothing imported: 1 problem in bad.csv");
    try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("data")))) {
      // Mongolia's value was not changed by the refused file.
      assertThat(store(db).indicatorValues("test_regime"))
          .filteredOn(v -> v.country().equals("MN"))
          .extracting(v -> v.value())
          .containsExactly("electoral democracy");
    }
  }
}
