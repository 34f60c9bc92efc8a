package org.sightline.store.registry;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.OrganizationNames;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
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

  private static final int NAME_KEY_CACHE_LIMIT = 100_000;

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
      return new Batch(c, author, reason, database.config().isPostgres());
    } catch (SQLException e) {
      throw new DatabaseException("cannot start a transaction: " + e.getMessage(), e);
    }
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** One transaction of writes. Not thread-safe. */
  public static final class Batch implements AutoCloseable {
    private final Connection c;
    private final String author;
    private final String reason;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private Map<String, String> orgByKey;
    private boolean done;
    private final boolean copy;
    private final MessageDigest sha256 = Rows.newSha256();

    /**
     * Name → OrganizationNames.key, because normalising a name (Unicode decomposition and several
     * regular expressions) costs more than the rest of a row and imports repeat few names.
     */
    private final Map<String, String> nameKeyCache = new HashMap<>();

    /** Whether the transfer table was empty when this transaction first looked; null = not yet. */
    private Boolean transferTableWasEmpty;

    /** The transfers this transaction created, when it started on an empty table. */
    private IdSet writtenIds;

    /** PostgreSQL: the thread that runs one chunk's COPY while the next chunk is prepared. */
    private ExecutorService copier;

    private Future<?> pendingCopy;

    private Batch(Connection c, String author, String reason, boolean copy) {
      this.c = c;
      this.author = author;
      this.reason = reason;
      this.copy = copy;
    }

    /**
     * This transaction's connection, for other writers in this package that must commit in the same
     * transaction (a proposal's decision together with the change it applies).
     */
    Connection connection() throws SQLException {
      return conn();
    }

    /** The distinct non-empty keys of a name and its aliases, name first (cached per name). */
    private Set<String> keys(String name, List<String> aliases) {
      return RegisterWriter.keys(name, aliases, this::nameKey);
    }

    private String nameKey(String name) {
      if (name == null) {
        return OrganizationNames.key(null);
      }
      String key = nameKeyCache.get(name);
      if (key == null) {
        if (nameKeyCache.size() >= NAME_KEY_CACHE_LIMIT) {
          nameKeyCache.clear();
        }
        key = OrganizationNames.key(name);
        nameKeyCache.put(name, key);
      }
      return key;
    }

    public WriteCounts saveTransfers(List<TransferInput> inputs) {
      return sql(() -> saveTransfers(inputs, reason));
    }

    public WriteCounts saveOrganizations(List<Organization> organizations) {
      return sql(
          () -> {
            WriteCounts counts = WriteCounts.NONE;
            Set<String> touched = new LinkedHashSet<>();
            for (int from = 0; from < organizations.size(); from += Rows.CHUNK) {
              counts =
                  counts.plus(
                      saveOrganizationChunk(
                          organizations.subList(
                              from, Math.min(organizations.size(), from + Rows.CHUNK)),
                          touched));
            }
            linkSuppliersOf(touched);
            return counts;
          });
    }

    public boolean setTransferState(String id, PublicationState state) {
      return sql(
          () -> {
            StoredTransfer stored =
                Rows.transfers(conn(), List.of(id), Visibility.REVIEWER).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no transfer " + id));
            if (stored.transfer().state() == state) {
              return false;
            }
            String snapshot = TransferJson.snapshot(stored.transfer().withState(state));
            int revisionNo = stored.revision() + 1;
            Instant now = now();
            updateState("transfer", id, state, snapshot, stored.revision(), now);
            addRevision(TRANSFER, id, revisionNo, stateAction(state), reason, now, snapshot);
            executeBatch("INSERT INTO revision");
            return true;
          });
    }

    public boolean setOrganizationState(String id, PublicationState state) {
      return sql(
          () -> {
            StoredOrganization stored =
                Rows.organizations(conn(), List.of(id), Visibility.REVIEWER).stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no organization " + id));
            Organization o = stored.organization();
            if (o.state() == state) {
              return false;
            }
            String snapshot = OrganizationJson.snapshot(o.withState(state));
            int revisionNo = stored.revision() + 1;
            Instant now = now();
            updateState("organization", id, state, snapshot, stored.revision(), now);
            addRevision(ORGANIZATION, id, revisionNo, stateAction(state), reason, now, snapshot);
            executeBatch("INSERT INTO revision");
            orgByKey = null;
            if (state == PublicationState.PUBLISHED) {
              linkSuppliersOf(Set.of(id));
            }
            return true;
          });
    }

    /** Moves a record to a new state, guarded by its revision number (optimistic locking). */
    private void updateState(
        String table,
        String id,
        PublicationState state,
        String snapshot,
        int currentRevision,
        Instant now)
        throws SQLException {
      PreparedStatement ps =
          statement(
              "UPDATE "
                  + table
                  + " SET state = ?, content_hash = ?, revision_no = ?, updated_at = ?"
                  + " WHERE id = ? AND revision_no = ?");
      Rows.bind(
          ps,
          1,
          List.of(
              state.key(),
              Rows.sha256(sha256, snapshot),
              currentRevision + 1,
              now,
              id,
              currentRevision));
      if (ps.executeUpdate() != 1) {
        throw new DatabaseException(table + " " + id + " was changed concurrently; retry");
      }
    }

    public void commit() {
      sql(
          () -> {
            conn().commit();
            return null;
          });
      done = true;
    }

    @Override
    public void close() {
      try {
        awaitCopy();
      } catch (SQLException e) {
        // Failed writes are undone by the rollback below.
      }
      if (copier != null) {
        copier.shutdownNow();
      }
      try {
        if (!done) {
          c.rollback();
        }
      } catch (SQLException e) {
        // The connection is going away; an uncommitted transaction dies with it.
      } finally {
        for (PreparedStatement ps : statements.values()) {
          try {
            ps.close();
          } catch (SQLException ignored) {
            // closing anyway
          }
        }
        try {
          c.setAutoCommit(true);
          c.close();
        } catch (SQLException ignored) {
          // the pool discards broken connections
        }
      }
    }

    // --- transfers --------------------------------------------------------------------------

    private WriteCounts saveTransfers(List<TransferInput> inputs, String why) throws SQLException {
      Set<String> seen = new HashSet<>();
      for (TransferInput in : inputs) {
        if (!seen.add(in.transfer().id())) {
          throw new IllegalArgumentException("transfer " + in.transfer().id() + " given twice");
        }
      }
      WriteCounts counts = WriteCounts.NONE;
      for (int from = 0; from < inputs.size(); from += WRITE_CHUNK) {
        counts =
            counts.plus(
                saveTransferChunk(
                    inputs.subList(from, Math.min(inputs.size(), from + WRITE_CHUNK)), why));
      }
      return counts;
    }

    /** A transfer about to be written, with its snapshot computed once. */
    private record Pending(
        Transfer transfer, String snapshot, String hash, int revisionNo, Instant updatedAt) {}

    private WriteCounts saveTransferChunk(List<TransferInput> inputs, String why)
        throws SQLException {
      List<String> ids = new ArrayList<>(inputs.size());
      for (TransferInput in : inputs) {
        ids.add(in.transfer().id());
      }
      Map<String, String[]> existing = storedTransfers(ids);
      List<Pending> created = new ArrayList<>();
      List<Pending> updated = new ArrayList<>();
      long unchanged = 0;
      Instant now = now();
      for (TransferInput in : inputs) {
        Transfer t = link(in.transfer());
        String snapshot = TransferJson.snapshot(t);
        String hash = Rows.sha256(sha256, snapshot);
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
      if (copy && created.size() >= COPY_MIN_ROWS) {
        copyCreated(created, why, now);
      } else {
        insertCreated(created, why, now);
      }
      writeUpdated(updated, why, now);
      if (writtenIds != null) {
        created.forEach(p -> writtenIds.add(p.transfer().id()));
      }
      return new WriteCounts(created.size(), updated.size(), unchanged);
    }

    /**
     * id → {content_hash, revision_no} of the stored transfers among these ids. When the table was
     * empty when this transaction first wrote to it, the only transfers that can exist are the ones
     * it created itself, so a chunk of ids none of which it wrote needs no query: that spares a
     * million-row import into an empty register a thousand lookups.
     */
    private Map<String, String[]> storedTransfers(List<String> ids) throws SQLException {
      if (writtenIds == null && transferTableWasEmpty == null) {
        transferTableWasEmpty =
            Rows.ids(conn(), "SELECT id FROM transfer LIMIT 1", List.of()).isEmpty();
        if (transferTableWasEmpty) {
          writtenIds = new IdSet();
        }
      }
      if (writtenIds != null && ids.stream().noneMatch(writtenIds::mightContain)) {
        return Map.of();
      }
      return existing("transfer", ids);
    }

    private void insertCreated(List<Pending> created, String why, Instant now) throws SQLException {
      if (created.isEmpty()) {
        return;
      }
      PreparedStatement ps =
          statement(
              "INSERT INTO transfer (supplier_country, recipient_country, end_user,"
                  + " technologies, status, year_start, year_end, value_amount, value_currency,"
                  + " financing_lender, financing_amount, financing_currency, summary, state,"
                  + " content_hash, revision_no, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      for (Pending p : created) {
        bindTransfer(ps, p.transfer(), p.hash(), p.revisionNo(), p.updatedAt());
        ps.addBatch();
      }
      ps.executeBatch();
      for (Pending p : created) {
        addChildren(p.transfer());
        addRevision(TRANSFER, p.transfer().id(), p.revisionNo(), "create", why, now, p.snapshot());
      }
      // Parents before children.
      executeBatch("INSERT INTO transfer_supplier");
      executeBatch("INSERT INTO transfer_source");
      executeBatch("INSERT INTO revision");
    }

    private void writeUpdated(List<Pending> updated, String why, Instant now) throws SQLException {
      if (updated.isEmpty()) {
        return;
      }
      for (Pending p : updated) {
        for (String table : List.of("transfer_supplier", "transfer_source")) {
          PreparedStatement del = statement("DELETE FROM " + table + " WHERE transfer_id = ?");
          del.setString(1, p.transfer().id());
          del.addBatch();
        }
        PreparedStatement ps =
            statement(
                "UPDATE transfer SET supplier_country = ?, recipient_country = ?, end_user = ?,"
                    + " technologies = ?, status = ?, year_start = ?, year_end = ?, value_amount"
                    + " = ?, value_currency = ?, financing_lender = ?, financing_amount = ?,"
                    + " financing_currency = ?, summary = ?, state = ?, content_hash = ?,"
                    + " revision_no = ?, updated_at = ? WHERE id = ?");
        bindTransfer(ps, p.transfer(), p.hash(), p.revisionNo(), p.updatedAt());
        ps.addBatch();
        addChildren(p.transfer());
        addRevision(TRANSFER, p.transfer().id(), p.revisionNo(), "update", why, now, p.snapshot());
      }
      // Deletions before re-insertions.
      executeBatch("DELETE FROM transfer_supplier");
      executeBatch("DELETE FROM transfer_source");
      executeBatch("UPDATE transfer SET supplier_country");
      executeBatch("INSERT INTO transfer_supplier");
      executeBatch("INSERT INTO transfer_source");
      executeBatch("INSERT INTO revision");
    }

    /**
     * PostgreSQL: new transfers, their suppliers, sources and revisions go in by COPY, in this
     * transaction, with exactly the values the INSERT path writes.
     */
    private void copyCreated(List<Pending> created, String why, Instant now) throws SQLException {
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
      CopyRows revisions =
          new CopyRows(
              "revision",
              "entity_type, entity_id, revision_no, action, author, reason, created_at, snapshot");
      for (Pending p : created) {
        Transfer t = p.transfer();
        transfers
            .add(t.id())
            .add(t.supplierCountry())
            .add(t.recipientCountry())
            .add(t.endUser())
            .add(technologies(t))
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
        int pos = 0;
        for (OrganizationRef ref : t.supplierOrgs()) {
          suppliers
              .add(t.id())
              .add(pos++)
              .add(ref.id())
              .add(ref.name())
              .add(ref.aliases().isEmpty() ? null : String.join(";", ref.aliases()))
              .add(nameKeys(ref))
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
        revisions
            .add(TRANSFER)
            .add(t.id())
            .add(p.revisionNo())
            .add("create")
            .add(author)
            .add(why)
            .add(now)
            .add(p.snapshot())
            .endRow();
      }
      // One COPY at a time on this connection, parents before children. While the server works
      // through this chunk, the caller reads, checks and prepares the next one.
      awaitCopy();
      if (copier == null) {
        copier =
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread thread = new Thread(r, "sightline-copy");
                  thread.setDaemon(true);
                  return thread;
                });
      }
      pendingCopy =
          copier.submit(
              () -> {
                transfers.copy(c);
                suppliers.copy(c);
                sources.copy(c);
                revisions.copy(c);
                return null;
              });
    }

    /**
     * The connection, once the COPY in flight (if any) has finished: every use of the connection
     * outside that COPY goes through here, so only one thread ever talks to it at a time and a
     * failed COPY is reported at the next step.
     */
    private Connection conn() throws SQLException {
      awaitCopy();
      return c;
    }

    private void awaitCopy() throws SQLException {
      Future<?> pending = pendingCopy;
      if (pending == null) {
        return;
      }
      pendingCopy = null;
      try {
        pending.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while writing", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException failed) {
          throw failed;
        }
        throw new SQLException(String.valueOf(e.getCause().getMessage()), e.getCause());
      }
    }

    private void bindTransfer(
        PreparedStatement ps, Transfer t, String hash, int revisionNo, Instant updatedAt)
        throws SQLException {
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
      ps.setString(i++, hash);
      ps.setInt(i++, revisionNo);
      Rows.set(ps, i++, updatedAt);
      ps.setString(i, t.id());
    }

    private static String technologies(Transfer t) {
      List<String> keys = new ArrayList<>(t.technologies().size());
      for (TechnologyCategory category : t.technologies()) {
        keys.add(category.key());
      }
      return Rows.delimited(keys);
    }

    /** {@code ;key;key;} of a supplier's name and aliases, for LIKE membership tests. */
    private String nameKeys(OrganizationRef ref) {
      return Rows.delimited(new ArrayList<>(keys(ref.name(), ref.aliases())));
    }

    private void addChildren(Transfer t) throws SQLException {
      PreparedStatement sup =
          statement(
              "INSERT INTO transfer_supplier (transfer_id, position, org_id, name, aliases,"
                  + " name_keys) VALUES (?, ?, ?, ?, ?, ?)");
      int pos = 0;
      for (OrganizationRef ref : t.supplierOrgs()) {
        sup.setString(1, t.id());
        sup.setInt(2, pos++);
        sup.setString(3, ref.id());
        sup.setString(4, ref.name());
        sup.setString(5, ref.aliases().isEmpty() ? null : String.join(";", ref.aliases()));
        sup.setString(6, nameKeys(ref));
        sup.addBatch();
      }
      PreparedStatement src =
          statement(
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

    /** Suppliers named without an id get the id of the published organization of that name. */
    private Transfer link(Transfer t) throws SQLException {
      if (t.supplierOrgs().stream().allMatch(r -> r.id() != null)) {
        return t;
      }
      Map<String, String> byKey = orgByKey();
      List<OrganizationRef> refs = new ArrayList<>();
      boolean changed = false;
      for (OrganizationRef r : t.supplierOrgs()) {
        String id = r.id();
        if (id == null) {
          for (String key : keys(r.name(), r.aliases())) {
            id = byKey.get(key);
            if (id != null) {
              break;
            }
          }
        }
        changed |= !Objects.equals(id, r.id());
        refs.add(Objects.equals(id, r.id()) ? r : new OrganizationRef(id, r.name(), r.aliases()));
      }
      return changed ? t.withSupplierOrgs(refs) : t;
    }

    private Map<String, String> orgByKey() throws SQLException {
      if (orgByKey == null) {
        Map<String, String> map = new HashMap<>();
        try (PreparedStatement ps =
                conn()
                    .prepareStatement(
                        "SELECT n.name_key, o.id FROM organization_name n JOIN organization o ON o.id"
                            + " = n.org_id WHERE o.state = 'published' ORDER BY n.name_key, CASE WHEN"
                            + " o.kind = 'agency' THEN 1 ELSE 0 END, o.id");
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            map.putIfAbsent(rs.getString(1), rs.getString(2));
          }
        }
        orgByKey = map;
      }
      return orgByKey;
    }

    private void linkSuppliersOf(Set<String> organizationIds) throws SQLException {
      if (organizationIds.isEmpty()) {
        return;
      }
      orgByKey = null;
      Set<String> keys = new TreeSet<>();
      for (StoredOrganization o :
          Rows.organizations(conn(), new ArrayList<>(organizationIds), Visibility.PUBLIC)) {
        keys.addAll(keys(o.organization().name(), o.organization().aliases()));
      }
      Set<String> transferIds = new TreeSet<>();
      for (String key : keys) {
        transferIds.addAll(
            Rows.ids(
                c,
                "SELECT DISTINCT transfer_id FROM transfer_supplier WHERE org_id IS NULL AND"
                    + " name_keys LIKE ? ESCAPE '\\'",
                List.of("%;" + Rows.likeEscape(key) + ";%")));
      }
      if (transferIds.isEmpty()) {
        return;
      }
      List<TransferInput> relink = new ArrayList<>();
      for (StoredTransfer t :
          Rows.transfers(conn(), new ArrayList<>(transferIds), Visibility.REVIEWER)) {
        relink.add(TransferInput.of(t.transfer()));
      }
      saveTransfers(relink, "supplier linked to its organization in the register");
    }

    // --- organizations ----------------------------------------------------------------------

    private WriteCounts saveOrganizationChunk(List<Organization> orgs, Set<String> touched)
        throws SQLException {
      Map<String, String[]> existing =
          existing("organization", orgs.stream().map(Organization::id).toList());
      long created = 0;
      long updated = 0;
      long unchanged = 0;
      Instant now = now();
      Set<String> seen = new HashSet<>();
      for (Organization o : orgs) {
        if (!seen.add(o.id())) {
          throw new IllegalArgumentException("organization " + o.id() + " given twice");
        }
        String snapshot = OrganizationJson.snapshot(o);
        String hash = Rows.sha256(sha256, snapshot);
        String[] old = existing.get(o.id());
        if (old != null && old[0].equals(hash)) {
          unchanged++;
          continue;
        }
        int revisionNo;
        if (old == null) {
          revisionNo = 1;
          PreparedStatement ps =
              statement(
                  "INSERT INTO organization (name, country, kind, parent_name, parent_key, note,"
                      + " source_url, state, content_hash, revision_no, updated_at, id) VALUES (?,"
                      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          bindOrganization(ps, o, hash, revisionNo, now);
          ps.addBatch();
          created++;
        } else {
          revisionNo = Integer.parseInt(old[1]) + 1;
          for (String table : List.of("organization_alias", "organization_name")) {
            PreparedStatement del = statement("DELETE FROM " + table + " WHERE org_id = ?");
            del.setString(1, o.id());
            del.addBatch();
          }
          PreparedStatement ps =
              statement(
                  "UPDATE organization SET name = ?, country = ?, kind = ?, parent_name = ?,"
                      + " parent_key = ?, note = ?, source_url = ?, state = ?, content_hash = ?,"
                      + " revision_no = ?, updated_at = ? WHERE id = ?");
          bindOrganization(ps, o, hash, revisionNo, now);
          ps.addBatch();
          updated++;
        }
        PreparedStatement alias =
            statement("INSERT INTO organization_alias (org_id, position, alias) VALUES (?, ?, ?)");
        int pos = 0;
        for (String a : o.aliases()) {
          alias.setString(1, o.id());
          alias.setInt(2, pos++);
          alias.setString(3, a);
          alias.addBatch();
        }
        PreparedStatement names =
            statement("INSERT INTO organization_name (org_id, name_key) VALUES (?, ?)");
        for (String key : keys(o.name(), o.aliases())) {
          names.setString(1, o.id());
          names.setString(2, key);
          names.addBatch();
        }
        addRevision(
            ORGANIZATION,
            o.id(),
            revisionNo,
            old == null ? "create" : "update",
            reason,
            now,
            snapshot);
        if (o.state() == PublicationState.PUBLISHED) {
          touched.add(o.id());
        }
      }
      executeBatch("INSERT INTO organization (");
      executeBatch("DELETE FROM organization_alias");
      executeBatch("DELETE FROM organization_name");
      executeBatch("UPDATE organization SET name");
      executeBatch("INSERT INTO organization_alias");
      executeBatch("INSERT INTO organization_name");
      executeBatch("INSERT INTO revision");
      if (created + updated > 0) {
        orgByKey = null;
      }
      return new WriteCounts(created, updated, unchanged);
    }

    private void bindOrganization(
        PreparedStatement ps, Organization o, String hash, int revisionNo, Instant now)
        throws SQLException {
      int i = 1;
      ps.setString(i++, o.name());
      ps.setString(i++, o.country());
      ps.setString(i++, o.kind() == null ? null : o.kind().key());
      ps.setString(i++, o.parent());
      String parentKey = OrganizationNames.key(o.parent());
      ps.setString(i++, parentKey.isEmpty() ? null : parentKey);
      ps.setString(i++, o.note());
      ps.setString(i++, o.sourceUrl());
      ps.setString(i++, o.state().key());
      ps.setString(i++, hash);
      ps.setInt(i++, revisionNo);
      Rows.set(ps, i++, now);
      ps.setString(i, o.id());
    }

    // --- shared -----------------------------------------------------------------------------

    /** id → {content_hash, revision_no} of the stored records among these ids (one query). */
    private Map<String, String[]> existing(String table, List<String> ids) throws SQLException {
      Map<String, String[]> out = new HashMap<>();
      for (int from = 0; from < ids.size(); from += Rows.CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Rows.CHUNK));
        try (PreparedStatement ps =
            conn()
                .prepareStatement(
                    "SELECT id, content_hash, revision_no FROM "
                        + table
                        + " WHERE id IN ("
                        + Rows.placeholders(chunk.size())
                        + ")")) {
          Rows.bind(ps, 1, chunk);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
          }
        }
      }
      return out;
    }

    private void addRevision(
        String type,
        String id,
        int revisionNo,
        String action,
        String why,
        Instant at,
        String snapshot)
        throws SQLException {
      PreparedStatement ps =
          statement(
              "INSERT INTO revision (entity_type, entity_id, revision_no, action, author, reason,"
                  + " created_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      ps.setString(1, type);
      ps.setString(2, id);
      ps.setInt(3, revisionNo);
      ps.setString(4, action);
      ps.setString(5, author);
      ps.setString(6, why);
      Rows.set(ps, 7, at);
      ps.setString(8, snapshot);
      ps.addBatch();
    }

    private PreparedStatement statement(String sql) throws SQLException {
      awaitCopy();
      PreparedStatement ps = statements.get(sql);
      if (ps == null) {
        ps = c.prepareStatement(sql);
        statements.put(sql, ps);
      }
      return ps;
    }

    /** Runs the pending batch of the prepared statement whose SQL starts with this prefix. */
    private void executeBatch(String prefix) throws SQLException {
      awaitCopy();
      for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          e.getValue().executeBatch();
        }
      }
    }

    private static String stateAction(PublicationState state) {
      return switch (state) {
        case RETRACTED -> "retract";
        case PUBLISHED -> "publish";
        default -> "state";
      };
    }

    interface SqlWork<T> {
      T run() throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) {
      if (done) {
        throw new IllegalStateException("this batch is already committed");
      }
      try {
        return work.run();
      } catch (SQLException e) {
        throw new DatabaseException("writing to the register failed: " + e.getMessage(), e);
      }
    }
  }

  /** The distinct non-empty keys of a name and its aliases, name first. */
  static Set<String> keys(String name, List<String> aliases) {
    return keys(name, aliases, OrganizationNames::key);
  }

  private static Set<String> keys(
      String name, List<String> aliases, java.util.function.UnaryOperator<String> key) {
    Set<String> keys = new LinkedHashSet<>();
    String k = key.apply(name);
    if (!k.isEmpty()) {
      keys.add(k);
    }
    for (String a : aliases) {
      String ak = key.apply(a);
      if (!ak.isEmpty()) {
        keys.add(ak);
      }
    }
    return keys;
  }
}
