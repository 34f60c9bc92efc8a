package org.sightline.core.layers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.model.TechnologyCategory;

/**
 * One country's observation in a layer: the technologies and supplier countries it records, the
 * companies it names and its other columns ({@code attributes}, in the table's order). {@code line}
 * is the line of the imported file, so a reader can find the row in the original table.
 */
public record LayerRow(
    String country,
    String writtenAs,
    int line,
    List<TechnologyCategory> technologies,
    List<String> supplierCountries,
    List<String> otherSupplierCountries,
    List<LayerCompany> companies,
    boolean multipleCompanies,
    Map<String, String> attributes) {

  public LayerRow {
    technologies = List.copyOf(technologies);
    supplierCountries = List.copyOf(supplierCountries);
    otherSupplierCountries = List.copyOf(otherSupplierCountries);
    companies = List.copyOf(companies);
    // In the table's column order (and so a stable content hash).
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public boolean records(TechnologyCategory technology) {
    return technologies.contains(technology);
  }
}
