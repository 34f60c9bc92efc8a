package org.sightline.app.layers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.web.NotFoundException;
import org.sightline.core.layers.Coverage;
import org.sightline.core.layers.CoverageGap;
import org.sightline.core.layers.CrossTab;
import org.sightline.core.layers.Indicators;
import org.sightline.core.layers.Layer;
import org.sightline.store.layers.IndicatorSummary;
import org.sightline.store.layers.LayerStore;
import org.springframework.stereotype.Service;

/**
 * Layers and indicators read from the store and set beside the published register: the coverage
 * gaps of a layer and the cross-tab of an indicator, both over the register's published transfers
 * (now, or as of the end of a past day).
 */
@Service
record LayerService(LayerStore store, PublishedFigures figures) {
  List<Layer> layers() {
    return store.layers();
  }

  Layer layer(String id) {
    return store.layer(id).orElseThrow(() -> new NotFoundException("no layer " + id));
  }

  /** Where the layer and the register as of the end of a day (null: now) disagree. */
  List<CoverageGap> coverage(Layer layer, LocalDate asOf) {
    return Coverage.gaps(layer, figures.asOf(asOf).transfers());
  }

  List<IndicatorSummary> indicators() {
    return store.indicators();
  }

  Optional<IndicatorSummary> indicator(String name) {
    return store.indicators().stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** The cross-tab over the register as of the end of a day (null: now). */
  CrossTab crossTab(IndicatorSummary indicator, Integer year, LocalDate asOf) {
    return CrossTab.of(
        indicator.name(),
        Indicators.latest(store.indicatorValues(indicator.name()), indicator.name(), year),
        figures.asOf(asOf).transfers());
  }
}
