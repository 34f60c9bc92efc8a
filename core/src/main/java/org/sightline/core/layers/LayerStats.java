package org.sightline.core.layers;

import java.util.Map;
import java.util.TreeMap;
import org.sightline.core.model.TechnologyCategory;

/**
 * A layer's headline figures (the contract's {@code /layers/{id}/stats}): countries in the layer,
 * countries per technology it covers, countries per supplier country it flags.
 */
public record LayerStats(
    int countries, Map<String, Integer> categories, Map<String, Integer> supplierCountries) {

  public LayerStats {
    categories = java.util.Collections.unmodifiableMap(new TreeMap<>(categories));
    supplierCountries = java.util.Collections.unmodifiableMap(new TreeMap<>(supplierCountries));
  }

  public static LayerStats of(Layer layer) {
    Map<String, Integer> categories = new TreeMap<>();
    for (TechnologyCategory t : layer.covers()) {
      categories.put(t.key(), 0);
    }
    Map<String, Integer> suppliers = new TreeMap<>();
    for (LayerRow row : layer.rows()) {
      row.technologies().forEach(t -> categories.merge(t.key(), 1, Integer::sum));
      row.supplierCountries().forEach(c -> suppliers.merge(c, 1, Integer::sum));
    }
    return new LayerStats(layer.rows().size(), categories, suppliers);
  }
}
