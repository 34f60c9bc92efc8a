package org.sightline.store.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.core.layers.IndicatorValue;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.LayerCitation;
import org.sightline.core.layers.LayerCompany;
import org.sightline.core.layers.LayerRow;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.store.db.DatabaseContract;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.registry.Visibility;

/** Layers and indicators stored and read back, run on every engine (see {@link LayerStoreTest}). */
abstract class LayerStoreContract extends DatabaseContract {
  LayerStore store;

  static final LayerCitation CITATION =
      new LayerCitation(
          "Index",
          "A. Author",
          "Publisher",
          "10.1/x",
          "https://doi.org/10.1/x",
          "CC BY 4.0",
          "2022");

  static LayerRow row(String country, int line, TechnologyCategory... tech) {
    return new LayerRow(
        country,
        "written " + country,
        line,
        List.of(tech),
        List.of("CN"),
        List.of("JP"),
        List.of(new LayerCompany("Huawei", "O1"), new LayerCompany("Unknown Ltd", null)),
        line % 2 == 0,
        Map.of("regime_type", "Electoral autocracy"));
  }

  static Layer layer(List<LayerRow> rows, List<IndicatorValue> indicators) {
    return new Layer(
        "test-layer",
        "aigs",
        CITATION,
        List.of(TechnologyCategory.SAFE_CITY_PLATFORM, TechnologyCategory.FACIAL_RECOGNITION),
        rows,
        indicators);
  }

  @BeforeEach
  void open() {
    store = new LayerStore(db.database());
  }

  @Test
  void aLayerComesBackAsStoredAndTheSameImportAgainWritesNothing() {
    Layer first =
        layer(
            List.of(
                row("KE", 2, TechnologyCategory.FACIAL_RECOGNITION),
                row("EC", 3, TechnologyCategory.SAFE_CITY_PLATFORM)),
            List.of(new IndicatorValue("KE", 2021, "test-layer:regime_type", "EA")));

    assertThat(store.save(first, "tester")).isEqualTo(new WriteOutcome(1, 0, 0));
    assertThat(store.layer("test-layer")).contains(first);
    assertThat(store.save(first, "tester")).isEqualTo(new WriteOutcome(0, 0, 1));
    assertThat(store.layers()).containsExactly(first);
    assertThat(store.layer("other")).isEmpty();
    // Nothing reached the register: no transfer and no revision.
    assertThat(register.countTransfers(Visibility.REVIEWER)).isZero();
    assertThat(register.lastRevisionId()).isZero();
  }

  @Test
  void aNewVersionReplacesTheRowsAndTheIndicatorsOfTheLayer() {
    store.save(
        layer(
            List.of(row("KE", 2, TechnologyCategory.FACIAL_RECOGNITION), row("EC", 3)),
            List.of(
                new IndicatorValue("KE", 2021, "test-layer:regime_type", "EA"),
                new IndicatorValue("EC", 2021, "test-layer:regime_type", "ED"))),
        "tester");
    Layer second =
        layer(
            List.of(row("KE", 2, TechnologyCategory.SAFE_CITY_PLATFORM)),
            List.of(new IndicatorValue("KE", 2021, "test-layer:regime_type", "CA")));

    assertThat(store.save(second, "tester")).isEqualTo(new WriteOutcome(0, 1, 0));
    assertThat(store.layer("test-layer")).contains(second);
    assertThat(store.indicatorValues("test-layer:regime_type"))
        .containsExactly(new IndicatorValue("KE", 2021, "test-layer:regime_type", "CA"));
  }

  @Test
  void indicatorsAreInsertedUpdatedOrLeftAloneByCountryAndYear() {
    List<IndicatorValue> values =
        List.of(
            new IndicatorValue("KE", 2021, "regime", "electoral autocracy"),
            new IndicatorValue("KE", 2020, "regime", "electoral autocracy"),
            new IndicatorValue("EC", 2021, "regime", "electoral democracy"));
    assertThat(store.saveIndicators(values)).isEqualTo(new WriteOutcome(3, 0, 0));
    assertThat(store.saveIndicators(values)).isEqualTo(new WriteOutcome(0, 0, 3));
    assertThat(
            store.saveIndicators(
                List.of(
                    new IndicatorValue("EC", 2021, "regime", "electoral autocracy"),
                    new IndicatorValue("UG", 2021, "regime", "electoral autocracy"))))
        .isEqualTo(new WriteOutcome(1, 1, 0));
    assertThat(store.indicatorValues("regime"))
        .extracting(IndicatorValue::country, IndicatorValue::year, IndicatorValue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("EC", 2021, "electoral autocracy"),
            org.assertj.core.groups.Tuple.tuple("KE", 2020, "electoral autocracy"),
            org.assertj.core.groups.Tuple.tuple("KE", 2021, "electoral autocracy"),
            org.assertj.core.groups.Tuple.tuple("UG", 2021, "electoral autocracy"));
    store.save(
        layer(List.of(row("KE", 2)), List.of(new IndicatorValue("KE", 2021, "test-layer:x", "a"))),
        "tester");
    assertThat(store.indicators())
        .containsExactly(
            new IndicatorSummary("regime", 3, 2020, 2021, null),
            new IndicatorSummary("test-layer:x", 1, 2021, 2021, "test-layer"));
  }

  @Test
  void aFailedImportLeavesTheStoredValuesAsTheyWere() {
    store.saveIndicators(List.of(new IndicatorValue("KE", 2021, "regime", "a")));
    List<IndicatorValue> tooLong =
        List.of(
            new IndicatorValue("EC", 2021, "regime", "b"),
            new IndicatorValue("UG", 2021, "regime", "x".repeat(500)));
    assertThatThrownBy(() -> store.saveIndicators(tooLong))
        .isInstanceOf(DatabaseException.class)
        .hasMessageStartingWith("cannot store the indicators");
    assertThat(store.indicatorValues("regime"))
        .containsExactly(new IndicatorValue("KE", 2021, "regime", "a"));
  }
}
