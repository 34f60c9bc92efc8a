package org.sightline.app.layers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sightline.core.layers.Layer;
import org.sightline.core.layers.LayerCitation;
import org.sightline.core.layers.LayerRow;
import org.sightline.core.model.TechnologyCategory;
import org.springframework.stereotype.Component;

/** What each layer says about one country, for the country page (beside the register's records). */
@Component
public record CountryLayers(LayerService layers) {
  /** One layer's row for a country, with the layer's citation and a side-by-side comparison. */
  public record Entry(
      String layerId, LayerCitation citation, LayerRow row, List<Comparison> comparison) {}

  /** One technology the layer covers: does the layer record it, does the register. */
  public record Comparison(TechnologyCategory technology, boolean inLayer, boolean inRegister) {}

  /**
   * @param registerTechnologies the keys of the technologies the register's published transfers
   *     record for the country
   */
  public List<Entry> rows(String country, Collection<String> registerTechnologies) {
    List<Entry> out = new ArrayList<>();
    for (Layer layer : layers.layers()) {
      layer
          .row(country)
          .ifPresent(
              r ->
                  out.add(
                      new Entry(
                          layer.id(),
                          layer.citation(),
                          r,
                          layer.covers().stream()
                              .map(
                                  t ->
                                      new Comparison(
                                          t, r.records(t), registerTechnologies.contains(t.key())))
                              .toList())));
    }
    return out;
  }
}
