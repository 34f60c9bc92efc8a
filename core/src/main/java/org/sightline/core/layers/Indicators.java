package org.sightline.core.layers;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Choosing one value per country from an indicator's country-year values. */
public final class Indicators {
  private Indicators() {}

  /**
   * The indicator's value per country in {@code year}, or, when {@code year} is null, in the latest
   * year each country has a value for.
   */
  public static Map<String, String> latest(
      Collection<IndicatorValue> values, String indicator, Integer year) {
    Map<String, IndicatorValue> chosen = new HashMap<>();
    for (IndicatorValue v : values) {
      if (!v.indicator().equals(indicator) || (year != null && v.year() != year)) {
        continue;
      }
      chosen.merge(v.country(), v, (a, b) -> a.year() >= b.year() ? a : b);
    }
    Map<String, String> result = new TreeMap<>();
    chosen.forEach((country, v) -> result.put(country, v.value()));
    return result;
  }
}
