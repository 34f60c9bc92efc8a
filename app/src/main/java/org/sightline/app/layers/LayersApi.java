package org.sightline.app.layers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.web.ApiParameters;
import org.sightline.app.web.BadParameterException;
import org.sightline.app.web.NotFoundException;
import org.sightline.core.countries.Countries;
import org.sightline.core.layers.CrossTab;
import org.sightline.store.layers.IndicatorSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * External indices loaded as attributed layers, their stats and coverage gaps, indicators and the
 * cross-tab of an indicator against the register's technologies.
 */
@RestController
record LayersApi(LayerService layers, Countries countries, PublishedFigures figures) {
  @Operation(summary = "The external indices loaded as layers, each with its citation")
  @GetMapping(path = "/api/v1/layers", produces = MediaType.APPLICATION_JSON_VALUE)
  List<LayerViews.LayerSummary> list() {
    return layers.layers().stream().map(LayerViews::summary).toList();
  }

  @Operation(summary = "One layer: its citation and one row per country")
  @GetMapping(path = "/api/v1/layers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  LayerViews.LayerDetail layer(@PathVariable String id) {
    return LayerViews.detail(layers.layer(id), countries);
  }

  @Operation(
      summary =
          "A layer's figures: countries, countries per technology it records, countries per"
              + " supplier country it flags")
  @GetMapping(path = "/api/v1/layers/{id}/stats", produces = MediaType.APPLICATION_JSON_VALUE)
  LayerViews.Stats stats(
      @PathVariable String id,
      @Parameter(description = LAYER_AS_OF)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    figures.parseAsOf(asOf);
    return LayerViews.stats(layers.layer(id));
  }

  /**
   * The contract lets every figure take {@code as_of}. A layer has no history of its own: an import
   * replaces the whole table, and its figures are the index's, not the register's.
   */
  private static final String LAYER_AS_OF =
      "A day YYYY-MM-DD, checked as for the register's figures. A layer has no history: each import"
          + " replaces the table, so its figures are those of the table as loaded, whatever the day.";

  @Operation(
      summary =
          "Where the layer and the published register disagree: per country and technology, the"
              + " side that records it and the transfers behind the register's side")
  @GetMapping(path = "/api/v1/layers/{id}/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
  LayerViews.CoverageList coverage(
      @PathVariable String id,
      @Parameter(description = PublishedFigures.AS_OF_DESCRIPTION)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    var layer = layers.layer(id);
    return LayerViews.coverage(layer, layers.coverage(layer, figures.parseAsOf(asOf)), countries);
  }

  @Operation(summary = "The indicators (imported, or a layer's columns) the cross-tab can use")
  @GetMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
  List<IndicatorSummary> indicators() {
    return layers.indicators();
  }

  @Operation(
      summary =
          "For each category of an indicator: N countries and, per technology, the countries the"
              + " register records it for, their share and the transfers behind each cell")
  @GetMapping(path = "/api/v1/crosstab", produces = MediaType.APPLICATION_JSON_VALUE)
  CrossTab crossTab(
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) Integer year,
      @Parameter(description = PublishedFigures.AS_OF_DESCRIPTION)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    if (ApiParameters.isAbsent(indicator)) {
      throw new BadParameterException("indicator", "indicator is required");
    }
    IndicatorSummary found =
        layers
            .indicator(indicator.trim())
            .orElseThrow(() -> new NotFoundException("no indicator " + indicator.trim()));
    return layers.crossTab(found, ApiParameters.year("year", year), figures.parseAsOf(asOf));
  }
}
