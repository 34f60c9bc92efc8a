package org.sightline.core.layers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An external index loaded as a country-level layer: its id (e.g. {@code aigs-2022}), the kind of
 * table it came from, its citation, the technologies it covers and one row per country (ordered by
 * country code).
 */
public record Layer(
    String id,
    String kind,
    LayerCitation citation,
    List<org.sightline.core.model.TechnologyCategory> covers,
    List<LayerRow> rows,
    List<IndicatorValue> indicators) {

  public Layer {
    covers = List.copyOf(covers);
    rows = rows.stream().sorted(Comparator.comparing(LayerRow::country)).toList();
    // A canonical order, so the same table always has the same content (and content hash).
    indicators =
        indicators.stream()
            .sorted(
                Comparator.comparing(IndicatorValue::country)
                    .thenComparing(IndicatorValue::indicator)
                    .thenComparingInt(IndicatorValue::year))
            .toList();
  }

  public Optional<LayerRow> row(String country) {
    return rows.stream().filter(r -> r.country().equals(country)).findFirst();
  }
}
