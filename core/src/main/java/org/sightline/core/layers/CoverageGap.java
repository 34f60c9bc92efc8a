package org.sightline.core.layers;

import java.util.List;
import org.sightline.core.model.TechnologyCategory;

/**
 * One country and technology where a layer and the register disagree. {@code inLayer} says which
 * side records it: the layer (and the register has no published transfer yet) or the register (with
 * the {@code transferIds} behind it; {@code countryInLayer} false when the layer has no row for the
 * country at all).
 */
public record CoverageGap(
    String country,
    TechnologyCategory technology,
    boolean inLayer,
    boolean countryInLayer,
    List<String> transferIds) {
  public CoverageGap {
    transferIds = List.copyOf(transferIds);
  }
}
