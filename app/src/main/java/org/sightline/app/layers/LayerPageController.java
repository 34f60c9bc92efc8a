package org.sightline.app.layers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sightline.app.figures.AsOfControl;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.core.layers.CoverageGap;
import org.sightline.core.layers.CrossTab;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.LayerRow;
import org.sightline.core.layers.LayerStats;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.store.layers.IndicatorSummary;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /layers}, {@code /layers/{id}} (a layer with its citation and every country row), {@code
 * /coverage} (where a layer and the register disagree, with a "start a draft" link for
 * contributors) and {@code /crosstab} (technologies by the categories of an indicator).
 */
@PageController
record LayerPageController(LayerService layers, AsOfControl asOfControl) {
  @GetMapping("/layers")
  String list(Model model) {
    model.addAttribute("title", "External indices");
    model.addAttribute("layers", layers.layers());
    model.addAttribute("indicators", layers.indicators());
    return "layers";
  }

  @GetMapping("/layers/{id}")
  String layer(@PathVariable String id, Model model) {
    Layer layer = find(id);
    model.addAttribute("title", layer.citation().title());
    model.addAttribute("layer", layer);
    model.addAttribute("stats", LayerStats.of(layer));
    Map<TechnologyCategory, List<LayerRow>> byCategory = new LinkedHashMap<>();
    for (TechnologyCategory t : layer.covers()) {
      byCategory.put(t, layer.rows().stream().filter(r -> r.records(t)).toList());
    }
    model.addAttribute("byCategory", byCategory);
    return "layer";
  }

  @GetMapping("/coverage")
  String coverage(
      @RequestParam(required = false) String layer,
      @RequestParam(name = PublishedFigures.AS_OF, required = false) String asOf,
      Model model) {
    LocalDate day = asOfControl.read(asOf, model, "layer", layer);
    List<Layer> all = layers.layers();
    Optional<Layer> chosen =
        layer == null || layer.isBlank()
            ? all.stream().findFirst()
            : Optional.of(find(layer.trim()));
    List<CoverageGap> gaps = chosen.map(l -> layers.coverage(l, day)).orElse(List.of());
    model.addAttribute("title", "Coverage work list");
    model.addAttribute("layers", all);
    model.addAttribute("layer", chosen.orElse(null));
    model.addAttribute("gaps", gaps);
    model.addAttribute("layerOnly", gaps.stream().filter(CoverageGap::inLayer).count());
    model.addAttribute("registerOnly", gaps.stream().filter(g -> !g.inLayer()).count());
    return "coverage";
  }

  @GetMapping("/crosstab")
  String crossTab(
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String year,
      @RequestParam(name = PublishedFigures.AS_OF, required = false) String asOf,
      Model model) {
    LocalDate day = asOfControl.read(asOf, model, "indicator", indicator, "year", year);
    List<IndicatorSummary> indicators = layers.indicators();
    Integer wantedYear = year(year);
    Optional<IndicatorSummary> chosen =
        indicator == null || indicator.isBlank()
            ? indicators.stream().findFirst()
            : Optional.of(
                layers
                    .indicator(indicator.trim())
                    .orElseThrow(
                        () ->
                            new PageNotFound(
                                "There is no indicator \u201c" + indicator.trim() + "\u201d.")));
    CrossTab tab = chosen.map(i -> layers.crossTab(i, wantedYear, day)).orElse(null);
    model.addAttribute("title", "Cross-tab by indicator");
    model.addAttribute("indicators", indicators);
    model.addAttribute("indicator", chosen.orElse(null));
    model.addAttribute("year", wantedYear);
    model.addAttribute("tab", tab);
    model.addAttribute("technologies", List.of(TechnologyCategory.values()));
    return "crosstab";
  }

  private Layer find(String id) {
    try {
      return layers.layer(id);
    } catch (NotFoundException e) {
      throw new PageNotFound("There is no layer \u201c" + id + "\u201d.");
    }
  }

  private static Integer year(String year) {
    if (year == null || year.isBlank()) {
      return null;
    }
    if (!year.trim().matches("\\d{4}")) {
      throw new PageNotFound("\u201c" + year + "\u201d is not a year.");
    }
    return Integer.valueOf(year.trim());
  }
}
