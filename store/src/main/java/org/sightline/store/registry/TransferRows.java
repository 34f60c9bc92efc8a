package org.sightline.store.registry;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.db.Jdbc;
import org.sightline.store.json.TransferJson;

/**
 * Writes transfers with their suppliers, sources and revisions in chunks of {@link
 * RegisterWriter#WRITE_CHUNK}: a transfer whose snapshot hash is unchanged is left alone, a new one
 * is inserted (on PostgreSQL, a large chunk goes by {@link CopyLoader}), a changed one updated.
 */
record TransferRows(
    WriteTransaction tx,
    RevisionLog revisions,
    NameKeys names,
    SupplierLinker linker,
    CopyLoader copyLoader, // null: not PostgreSQL
    StoredTransferHashes stored) {
  /** A transfer about to be written, with its snapshot computed once. */
  record Pending(
      Transfer transfer, String snapshot, String hash, int revisionNo, Instant updatedAt) {
    RevisionLog.Entry revision(String action, String why, Instant at) {
      return new RevisionLog.Entry(
          RegisterWriter.TRANSFER, transfer.id(), revisionNo, action, why, at, snapshot);
    }
  }

  WriteCounts save(List<TransferInput> inputs, String why) throws SQLException {
    Set<String> seen = new HashSet<>();
    for (TransferInput in : inputs) {
      if (!seen.add(in.transfer().id())) {
        throw new IllegalArgumentException("transfer " + in.transfer().id() + " given twice");
      }
    }
    return WriteCounts.inChunks(inputs, RegisterWriter.WRITE_CHUNK, chunk -> saveChunk(chunk, why));
  }

  private WriteCounts saveChunk(List<TransferInput> inputs, String why) throws SQLException {
    List<String> ids = new ArrayList<>(inputs.size());
    for (TransferInput in : inputs) {
      ids.add(in.transfer().id());
    }
    Map<String, String[]> existing = stored.among(tx, ids);
    List<Pending> created = new ArrayList<>();
    List<Pending> updated = new ArrayList<>();
    long unchanged = 0;
    Instant now = Jdbc.now();
    for (TransferInput in : inputs) {
      Transfer t = linker.link(in.transfer());
      String snapshot = TransferJson.snapshot(t);
      String hash = tx.contentHash(snapshot);
      String[] old = existing.get(t.id());
      if (old == null) {
        created.add(
            new Pending(t, snapshot, hash, 1, in.updatedAt() != null ? in.updatedAt() : now));
      } else if (old[0].equals(hash)) {
        unchanged++;
      } else {
        updated.add(new Pending(t, snapshot, hash, Integer.parseInt(old[1]) + 1, now));
      }
    }
    if (copyLoader != null && created.size() >= RegisterWriter.COPY_MIN_ROWS) {
      copyLoader.copyCreated(created, why, now);
    } else {
      insertCreated(created, why, now);
    }
    writeUpdated(updated, why, now);
    created.forEach(p -> stored.created(p.transfer().id()));
    return new WriteCounts(created.size(), updated.size(), unchanged);
  }

  private void insertCreated(List<Pending> created, String why, Instant now) throws SQLException {
    if (created.isEmpty()) {
      return;
    }
    PreparedStatement ps =
        tx.statement(
            "INSERT INTO transfer (supplier_country, recipient_country, end_user,"
                + " technologies, status, year_start, year_end, value_amount, value_currency,"
                + " financing_lender, financing_amount, financing_currency, summary, state,"
                + " content_hash, revision_no, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (Pending p : created) {
      bind(ps, p);
      ps.addBatch();
    }
    ps.executeBatch();
    for (Pending p : created) {
      addChildren(p.transfer());
      revisions.add(p.revision("create", why, now));
    }
    // Parents before children.
    tx.executeBatch("INSERT INTO transfer_supplier");
    tx.executeBatch("INSERT INTO transfer_source");
    revisions.flush();
  }

  private void writeUpdated(List<Pending> updated, String why, Instant now) throws SQLException {
    if (updated.isEmpty()) {
      return;
    }
    for (Pending p : updated) {
      for (String table : List.of("transfer_supplier", "transfer_source")) {
        PreparedStatement del = tx.statement("DELETE FROM " + table + " WHERE transfer_id = ?");
        del.setString(1, p.transfer().id());
        del.addBatch();
      }
      PreparedStatement ps =
          tx.statement(
              "UPDATE transfer SET supplier_country = ?, recipient_country = ?, end_user = ?,"
                  + " technologies = ?, status = ?, year_start = ?, year_end = ?, value_amount"
                  + " = ?, value_currency = ?, financing_lender = ?, financing_amount = ?,"
                  + " financing_currency = ?, summary = ?, state = ?, content_hash = ?,"
                  + " revision_no = ?, updated_at = ? WHERE id = ?");
      bind(ps, p);
      ps.addBatch();
      addChildren(p.transfer());
      revisions.add(p.revision("update", why, now));
    }
    // Deletions before re-insertions.
    tx.executeBatch("DELETE FROM transfer_supplier");
    tx.executeBatch("DELETE FROM transfer_source");
    tx.executeBatch("UPDATE transfer SET supplier_country");
    tx.executeBatch("INSERT INTO transfer_supplier");
    tx.executeBatch("INSERT INTO transfer_source");
    revisions.flush();
  }

  /** The columns of the INSERT and UPDATE above, in their order: the id last. */
  private static void bind(PreparedStatement ps, Pending p) throws SQLException {
    Transfer t = p.transfer();
    int i = 1;
    ps.setString(i++, t.supplierCountry());
    ps.setString(i++, t.recipientCountry());
    ps.setString(i++, t.endUser());
    ps.setString(i++, technologies(t));
    ps.setString(i++, t.status() == null ? null : t.status().key());
    Rows.setInteger(ps, i++, t.yearStart());
    Rows.setInteger(ps, i++, t.yearEnd());
    Rows.setDecimal(ps, i++, t.value() == null ? null : t.value().amount());
    ps.setString(i++, t.value() == null ? null : t.value().currency());
    ps.setString(i++, t.financing() == null ? null : t.financing().lender());
    Rows.setDecimal(ps, i++, t.financing() == null ? null : t.financing().amount());
    ps.setString(i++, t.financing() == null ? null : t.financing().currency());
    ps.setString(i++, t.summary());
    ps.setString(i++, t.state().key());
    ps.setString(i++, p.hash());
    ps.setInt(i++, p.revisionNo());
    Jdbc.set(ps, i++, p.updatedAt());
    ps.setString(i, t.id());
  }

  /** The {@code technologies} column: {@code ;key;key;}. */
  static String technologies(Transfer t) {
    List<String> keys = new ArrayList<>(t.technologies().size());
    for (TechnologyCategory category : t.technologies()) {
      keys.add(category.key());
    }
    return Rows.delimited(keys);
  }

  private void addChildren(Transfer t) throws SQLException {
    PreparedStatement sup =
        tx.statement(
            "INSERT INTO transfer_supplier (transfer_id, position, org_id, name, aliases,"
                + " name_keys) VALUES (?, ?, ?, ?, ?, ?)");
    int pos = 0;
    for (OrganizationRef ref : t.supplierOrgs()) {
      sup.setString(1, t.id());
      sup.setInt(2, pos++);
      sup.setString(3, ref.id());
      sup.setString(4, ref.name());
      sup.setString(5, ref.aliases().isEmpty() ? null : String.join(";", ref.aliases()));
      sup.setString(6, names.delimited(ref));
      sup.addBatch();
    }
    PreparedStatement src =
        tx.statement(
            "INSERT INTO transfer_source (transfer_id, position, url, publisher, source_date,"
                + " evidence) VALUES (?, ?, ?, ?, ?, ?)");
    pos = 0;
    for (Source s : t.sources()) {
      src.setString(1, t.id());
      src.setInt(2, pos++);
      src.setString(3, s.url());
      src.setString(4, s.publisher());
      src.setString(5, s.date());
      src.setString(6, s.evidence());
      src.addBatch();
    }
  }
}
