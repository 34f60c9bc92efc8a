package org.sightline.core.layers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;

/**
 * The register's side of a comparison: for each recipient country and technology, the ids of the
 * published transfers that record it (in id order). Every status counts, as in the global figures.
 */
final class RegisterIndex {
  private final Map<String, Map<TechnologyCategory, TreeSet<String>>> byCountry = new TreeMap<>();

  RegisterIndex(Collection<Transfer> transfers) {
    for (Transfer t : transfers) {
      if (t.recipientCountry() == null || !t.isPublished()) {
        continue;
      }
      for (TechnologyCategory tech : t.technologies()) {
        byCountry
            .computeIfAbsent(t.recipientCountry(), c -> new TreeMap<>())
            .computeIfAbsent(tech, k -> new TreeSet<>())
            .add(t.id());
      }
    }
  }

  List<String> transferIds(String country, TechnologyCategory technology) {
    TreeSet<String> ids = byCountry.getOrDefault(country, Map.of()).get(technology);
    return ids == null ? List.of() : List.copyOf(ids);
  }

  Collection<String> countries() {
    return byCountry.keySet();
  }
}
