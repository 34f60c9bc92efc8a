package org.sightline.core.extract.eval;

import java.util.List;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;

/** One annotated transfer of a gold text ({@code extraction.md}); no confidence, no offsets. */
public record GoldTransfer(
    List<String> supplierOrgs,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<String> technologies,
    Integer year,
    Integer month,
    Money value,
    Financing financing,
    String status,
    String evidence) {
  public GoldTransfer {
    supplierOrgs = supplierOrgs == null ? List.of() : List.copyOf(supplierOrgs);
    technologies = technologies == null ? List.of() : List.copyOf(technologies);
  }
}
