package org.sightline.core.layers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;

/**
 * The curators' work list: every country and technology the layer covers where the layer and the
 * published register disagree (one records it, the other does not), ordered by country and
 * technology. A gap is a question to research, not an error of either side.
 */
public final class Coverage {
  private Coverage() {}

  public static List<CoverageGap> gaps(Layer layer, Collection<Transfer> published) {
    RegisterIndex register = new RegisterIndex(published);
    TreeSet<String> countries = new TreeSet<>(register.countries());
    layer.rows().forEach(r -> countries.add(r.country()));
    List<CoverageGap> gaps = new ArrayList<>();
    for (String country : countries) {
      Optional<LayerRow> row = layer.row(country);
      for (TechnologyCategory technology : layer.covers()) {
        boolean inLayer = row.map(r -> r.records(technology)).orElse(false);
        List<String> ids = register.transferIds(country, technology);
        if (inLayer != !ids.isEmpty()) {
          gaps.add(new CoverageGap(country, technology, inLayer, row.isPresent(), ids));
        }
      }
    }
    return gaps;
  }
}
