package org.sightline.core.schema;

import org.sightline.core.countries.Countries;

/**
 * What checks and typed input need beyond the value: the country gazetteer (known codes, names) and
 * the latest year a record may carry.
 */
public record FieldContext(Countries countries, int maxYear) {
  public FieldContext(Countries countries) {
    this(countries, Checks.maxYear());
  }
}
