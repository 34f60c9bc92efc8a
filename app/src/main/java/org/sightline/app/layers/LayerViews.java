package org.sightline.app.layers;

import java.util.List;
import java.util.Map;
import org.sightline.core.countries.Countries;
import org.sightline.core.layers.CoverageGap;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.LayerCitation;
import org.sightline.core.layers.LayerCompany;
import org.sightline.core.layers.LayerRow;
import org.sightline.core.layers.LayerStats;
import org.sightline.core.model.TechnologyCategory;

/** The JSON shapes of the layers API (snake_case, technology keys as in the contract). */
final class LayerViews {
  private LayerViews() {}

  record LayerSummary(
      String id, String kind, LayerCitation citation, List<String> covers, int countries) {}

  record LayerDetail(
      String id,
      String kind,
      LayerCitation citation,
      List<String> covers,
      int countries,
      List<Row> rows) {}

  record Row(
      String country,
      String name,
      String writtenAs,
      int line,
      List<String> technologies,
      List<String> supplierCountries,
      List<String> otherSupplierCountries,
      List<LayerCompany> companies,
      boolean multipleCompanies,
      Map<String, String> attributes) {}

  record Stats(
      String layer,
      LayerCitation citation,
      int countries,
      Map<String, Integer> categories,
      Map<String, Integer> supplierCountries) {}

  record Gap(
      String country,
      String name,
      String technology,
      String recordedBy,
      boolean countryInLayer,
      Integer layerLine,
      List<String> transferIds) {}

  record CoverageList(String layer, LayerCitation citation, int gaps, List<Gap> items) {}

  static LayerSummary summary(Layer layer) {
    return new LayerSummary(
        layer.id(), layer.kind(), layer.citation(), keys(layer.covers()), layer.rows().size());
  }

  static LayerDetail detail(Layer layer, Countries countries) {
    return new LayerDetail(
        layer.id(),
        layer.kind(),
        layer.citation(),
        keys(layer.covers()),
        layer.rows().size(),
        layer.rows().stream().map(r -> row(r, countries)).toList());
  }

  static Row row(LayerRow r, Countries countries) {
    return new Row(
        r.country(),
        countries.nameOf(r.country()),
        r.writtenAs(),
        r.line(),
        keys(r.technologies()),
        r.supplierCountries(),
        r.otherSupplierCountries(),
        r.companies(),
        r.multipleCompanies(),
        r.attributes());
  }

  static Stats stats(Layer layer) {
    LayerStats s = LayerStats.of(layer);
    return new Stats(
        layer.id(), layer.citation(), s.countries(), s.categories(), s.supplierCountries());
  }

  static CoverageList coverage(Layer layer, List<CoverageGap> gaps, Countries countries) {
    return new CoverageList(
        layer.id(),
        layer.citation(),
        gaps.size(),
        gaps.stream()
            .map(
                g ->
                    new Gap(
                        g.country(),
                        countries.nameOf(g.country()),
                        g.technology().key(),
                        g.inLayer() ? "layer" : "register",
                        g.countryInLayer(),
                        layer.row(g.country()).map(LayerRow::line).orElse(null),
                        g.transferIds()))
            .toList());
  }

  static List<String> keys(List<TechnologyCategory> technologies) {
    return technologies.stream().map(TechnologyCategory::key).toList();
  }
}
