package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.db.Jdbc;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;

/**
 * The write side of the register. Every create, update and state change writes a revision in the
 * same transaction, with the record's snapshot after the change, the author and the reason; a
 * record whose content is identical to the stored one is left alone (no revision).
 *
 * <p>Whether a record changed is decided by {@code content_hash}, the SHA-256 of its snapshot (the
 * contract JSON plus state, without timestamps), so a re-import compares hashes and never loads the
 * stored records.
 *
 * <p>A {@link Batch} is one transaction; the rows are written by {@link TransferRows} (and, for
 * large chunks on PostgreSQL, {@link CopyLoader}) and {@link OrganizationRows}, the revisions by
 * {@link RevisionLog}, and suppliers are linked to organizations by {@link SupplierLinker}.
 */
public final class RegisterWriter {
  public static final String TRANSFER = "transfer";
  public static final String ORGANIZATION = "organization";

  /** Transfers written per round trip (per COPY on PostgreSQL). */
  static final int WRITE_CHUNK = 5000;

  /**
   * New transfers per chunk from which PostgreSQL gets them by COPY instead of batched INSERTs;
   * smaller writes (an edit, the starter data) take the INSERT path, like H2.
   */
  static final int COPY_MIN_ROWS = 100;

  private final Database database;

  public RegisterWriter(Database database) {
    this.database = database;
  }

  /** Creates or updates these transfers in one transaction. */
  public WriteCounts saveTransfers(List<Transfer> transfers, String author, String reason) {
    try (Batch batch = begin(author, reason)) {
      WriteCounts counts = batch.saveTransfers(transfers.stream().map(TransferInput::of).toList());
      batch.commit();
      return counts;
    }
  }

  /**
   * Creates or updates these organizations in one transaction, then links suppliers of stored
   * transfers that name them (by name or alias) and have no organization yet.
   */
  public WriteCounts saveOrganizations(
      List<Organization> organizations, String author, String reason) {
    try (Batch batch = begin(author, reason)) {
      WriteCounts counts = batch.saveOrganizations(organizations);
      batch.commit();
      return counts;
    }
  }

  /** Retracts a transfer (kept, with its history, but no longer public). */
  public boolean retractTransfer(String id, String author, String reason) {
    return setTransferState(id, PublicationState.RETRACTED, author, reason);
  }

  /**
   * Moves a transfer to another publication state, writing a revision. False when the state is
   * already that one; {@link IllegalArgumentException} when there is no such transfer.
   */
  public boolean setTransferState(String id, PublicationState state, String author, String reason) {
    try (Batch batch = begin(author, reason)) {
      boolean changed = batch.setTransferState(id, state);
      batch.commit();
      return changed;
    }
  }

  /** Moves an organization to another publication state, writing a revision. */
  public boolean setOrganizationState(
      String id, PublicationState state, String author, String reason) {
    try (Batch batch = begin(author, reason)) {
      boolean changed = batch.setOrganizationState(id, state);
      batch.commit();
      return changed;
    }
  }

  /**
   * Starts a transaction for many writes (an import): nothing is visible to others until {@link
   * Batch#commit()}, and closing without commit rolls everything back.
   */
  public Batch begin(String author, String reason) {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("a revision needs an author");
    }
    try {
      Connection c = database.connection();
      c.setAutoCommit(false);
      return new Batch(new WriteTransaction(c), author, reason, database.config().isPostgres());
    } catch (SQLException e) {
      throw new DatabaseException("cannot start a transaction: " + e.getMessage(), e);
    }
  }

  /** One transaction of writes. Not thread-safe. */
  public static final class Batch implements AutoCloseable {
    private final WriteTransaction tx;
    private final String reason;
    private final RevisionLog revisions;
    private final SupplierLinker linker;
    private final TransferRows transfers;
    private final OrganizationRows organizations;

    private Batch(WriteTransaction tx, String author, String reason, boolean postgres) {
      this.tx = tx;
      this.reason = reason;
      this.revisions = new RevisionLog(tx, author);
      NameKeys names = new NameKeys();
      this.linker = new SupplierLinker(tx, names);
      this.transfers =
          new TransferRows(
              tx,
              revisions,
              names,
              linker,
              postgres ? new CopyLoader(tx, revisions, names) : null,
              new StoredTransferHashes());
      this.organizations = new OrganizationRows(tx, revisions, names, linker);
    }

    /**
     * This transaction's connection, for other writers in this package that must commit in the same
     * transaction (a proposal's decision together with the change it applies).
     */
    Connection connection() throws SQLException {
      return tx.connection();
    }

    public WriteCounts saveTransfers(List<TransferInput> inputs) {
      return tx.sql(() -> transfers.save(inputs, reason));
    }

    public WriteCounts saveOrganizations(List<Organization> organizations) {
      return tx.sql(
          () -> {
            Set<String> published = new LinkedHashSet<>();
            WriteCounts counts = this.organizations.save(organizations, reason, published);
            linkSuppliersOf(published);
            return counts;
          });
    }

    public boolean setTransferState(String id, PublicationState state) {
      return tx.sql(
          () -> {
            StoredTransfer stored =
                Rows.transfers(tx.connection(), List.of(id), Visibility.REVIEWER).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no transfer " + id));
            if (stored.transfer().state() == state) {
              return false;
            }
            String snapshot = TransferJson.snapshot(stored.transfer().withState(state));
            changeState(TRANSFER, id, state, snapshot, stored.revision());
            return true;
          });
    }

    public boolean setOrganizationState(String id, PublicationState state) {
      return tx.sql(
          () -> {
            StoredOrganization stored =
                Rows.organizations(tx.connection(), List.of(id), Visibility.REVIEWER).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no organization " + id));
            Organization o = stored.organization();
            if (o.state() == state) {
              return false;
            }
            String snapshot = OrganizationJson.snapshot(o.withState(state));
            changeState(ORGANIZATION, id, state, snapshot, stored.revision());
            linker.forgetOrganizations();
            if (state == PublicationState.PUBLISHED) {
              linkSuppliersOf(Set.of(id));
            }
            return true;
          });
    }

    /**
     * Moves a record to a new state, guarded by its revision number (optimistic locking), and
     * records the change. The entity type is also the table's name.
     */
    private void changeState(
        String type, String id, PublicationState state, String snapshot, int currentRevision)
        throws SQLException {
      Instant now = Jdbc.now();
      PreparedStatement ps =
          tx.statement(
              "UPDATE "
                  + type
                  + " SET state = ?, content_hash = ?, revision_no = ?, updated_at = ?"
                  + " WHERE id = ? AND revision_no = ?");
      Jdbc.bind(
          ps,
          1,
          List.of(
              state.key(),
              tx.contentHash(snapshot),
              currentRevision + 1,
              now,
              id,
              currentRevision));
      if (ps.executeUpdate() != 1) {
        throw new DatabaseException(type + " " + id + " was changed concurrently; retry");
      }
      revisions.add(
          new RevisionLog.Entry(
              type,
              id,
              currentRevision + 1,
              RevisionLog.stateAction(state),
              reason,
              now,
              snapshot));
      revisions.flush();
    }

    /** Links stored transfers that name these newly published organizations. */
    private void linkSuppliersOf(Set<String> organizationIds) throws SQLException {
      List<TransferInput> relink = linker.unlinkedTransfersNaming(organizationIds);
      if (!relink.isEmpty()) {
        transfers.save(relink, "supplier linked to its organization in the register");
      }
    }

    public void commit() {
      tx.commit();
    }

    @Override
    public void close() {
      tx.close();
    }
  }
}
