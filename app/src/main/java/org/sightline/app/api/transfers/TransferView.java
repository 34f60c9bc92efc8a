package org.sightline.app.api.transfers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.StoredTransfer;

/** The contract's Transfer JSON (field names become snake_case on the wire). */
record TransferView(
    String id,
    List<Supplier> supplierOrgs,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<String> technologies,
    String status,
    Integer yearStart,
    Integer yearEnd,
    Value value,
    Financing financing,
    String summary,
    List<SourceView> sources,
    Instant updatedAt) {

  record Supplier(String id, String name) {}

  record Value(BigDecimal amount, String currency) {}

  record Financing(String lender, BigDecimal amount, String currency) {}

  record SourceView(String url, String publisher, String date, String evidence) {}

  static TransferView of(StoredTransfer stored) {
    Transfer t = stored.transfer();
    return new TransferView(
        t.id(),
        t.supplierOrgs().stream().map(o -> new Supplier(o.id(), o.name())).toList(),
        t.supplierCountry(),
        t.recipientCountry(),
        t.endUser(),
        t.technologies().stream().map(TechnologyCategory::key).toList(),
        t.status() == null ? null : t.status().key(),
        t.yearStart(),
        t.yearEnd(),
        t.value() == null ? null : new Value(t.value().amount(), t.value().currency()),
        t.financing() == null
            ? null
            : new Financing(
                t.financing().lender(), t.financing().amount(), t.financing().currency()),
        t.summary(),
        t.sources().stream()
            .map(s -> new SourceView(s.url(), s.publisher(), s.date(), s.evidence()))
            .toList(),
        stored.updatedAt());
  }
}
