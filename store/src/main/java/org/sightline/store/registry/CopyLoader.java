package org.sightline.store.registry;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;

/**
 * PostgreSQL: new transfers, their suppliers, sources and revisions go in by COPY, in the caller's
 * transaction, with exactly the values the INSERT path of {@link TransferRows} writes. The COPY of
 * one chunk runs on the transaction's helper thread while the caller reads, checks and prepares the
 * next.
 */
record CopyLoader(WriteTransaction tx, RevisionLog revisions, NameKeys names) {
  void copyCreated(List<TransferRows.Pending> created, String why, Instant now)
      throws SQLException {
    CopyRows transfers =
        new CopyRows(
            "transfer",
            "id, supplier_country, recipient_country, end_user, technologies, status,"
                + " year_start, year_end, value_amount, value_currency, financing_lender,"
                + " financing_amount, financing_currency, summary, state, content_hash,"
                + " revision_no, updated_at");
    CopyRows suppliers =
        new CopyRows(
            "transfer_supplier", "transfer_id, position, org_id, name, aliases, name_keys");
    CopyRows sources =
        new CopyRows(
            "transfer_source", "transfer_id, position, url, publisher, source_date, evidence");
    CopyRows revisionRows = RevisionLog.copyRows();
    for (TransferRows.Pending p : created) {
      addTransfer(transfers, p);
      Transfer t = p.transfer();
      int pos = 0;
      for (OrganizationRef ref : t.supplierOrgs()) {
        suppliers
            .add(t.id())
            .add(pos++)
            .add(ref.id())
            .add(ref.name())
            .add(ref.aliases().isEmpty() ? null : String.join(";", ref.aliases()))
            .add(names.delimited(ref))
            .endRow();
      }
      pos = 0;
      for (Source s : t.sources()) {
        sources
            .add(t.id())
            .add(pos++)
            .add(s.url())
            .add(s.publisher())
            .add(s.date())
            .add(s.evidence())
            .endRow();
      }
      revisions.copyRow(revisionRows, p.revision("create", why, now));
    }
    // One COPY at a time on this connection, parents before children.
    tx.inBackground(
        c -> {
          transfers.copy(c);
          suppliers.copy(c);
          sources.copy(c);
          revisionRows.copy(c);
        });
  }

  private static void addTransfer(CopyRows transfers, TransferRows.Pending p) {
    Transfer t = p.transfer();
    transfers
        .add(t.id())
        .add(t.supplierCountry())
        .add(t.recipientCountry())
        .add(t.endUser())
        .add(TransferRows.technologies(t))
        .add(t.status() == null ? null : t.status().key())
        .add(t.yearStart())
        .add(t.yearEnd())
        .add(t.value() == null ? null : t.value().amount())
        .add(t.value() == null ? null : t.value().currency())
        .add(t.financing() == null ? null : t.financing().lender())
        .add(t.financing() == null ? null : t.financing().amount())
        .add(t.financing() == null ? null : t.financing().currency())
        .add(t.summary())
        .add(t.state().key())
        .add(p.hash())
        .add(p.revisionNo())
        .add(p.updatedAt())
        .endRow();
  }
}
