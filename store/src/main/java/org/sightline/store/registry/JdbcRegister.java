package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.core.model.Revision;
import org.sightline.core.registry.OrganizationNames;
import org.sightline.store.db.Database;
import org.sightline.store.db.Jdbc;
import org.sightline.store.db.Where;

/** The register read with plain JDBC; the same SQL runs on H2 and PostgreSQL. */
public final class JdbcRegister implements Register {
  /** The most ids a {@link TransferQuery} may restrict to (one IN list, every engine copes). */
  public static final int MAX_QUERY_IDS = 10_000;

  private final Database database;

  public JdbcRegister(Database database) {
    this.database = database;
  }

  public Database database() {
    return database;
  }

  @Override
  public Optional<StoredTransfer> findTransfer(String id, Visibility visibility) {
    return read(c -> Rows.transfers(c, List.of(id), visibility).stream().findFirst());
  }

  @Override
  public Page<StoredTransfer> findTransfers(TransferQuery q, Visibility visibility) {
    if (q.page() < 1) {
      throw new IllegalArgumentException("page must be 1 or more (got " + q.page() + ")");
    }
    if (q.size() < 1 || q.size() > TransferQuery.MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + TransferQuery.MAX_SIZE + " (got " + q.size() + ")");
    }
    if (q.ids() != null && q.ids().size() > MAX_QUERY_IDS) {
      throw new IllegalArgumentException("at most " + MAX_QUERY_IDS + " ids per query");
    }
    if (q.ids() != null && q.ids().isEmpty()) {
      return new Page<>(List.of(), 0, q.page(), q.size());
    }
    Where where = new Where();
    if (visibility == Visibility.PUBLIC) {
      where.and("t.state = ?", Rows.PUBLISHED);
    }
    where.andIfGiven(q.recipientCountry(), "t.recipient_country = ?");
    where.andIfGiven(q.supplierCountry(), "t.supplier_country = ?");
    if (q.supplier() != null) {
      String key = OrganizationNames.key(q.supplier());
      // An organization id, or a name/alias of the supplier as the record gives it, or a name or
      // alias of the linked organization.
      where.and(
          "EXISTS (SELECT 1 FROM transfer_supplier s WHERE s.transfer_id = t.id AND (s.org_id"
              + " = ? OR s.name_keys LIKE ? ESCAPE '\\' OR s.org_id IN (SELECT n.org_id FROM"
              + " organization_name n WHERE n.name_key = ?)))",
          q.supplier(),
          key.isEmpty() ? "" : "%;" + Rows.likeEscape(key) + ";%",
          key);
    }
    if (q.technology() != null) {
      where.and(
          "t.technologies LIKE ? ESCAPE '\\'", "%;" + Rows.likeEscape(q.technology().key()) + ";%");
    }
    if (q.status() != null) {
      where.and("t.status = ?", q.status().key());
    }
    // A transfer spans year_start..year_end (year_start alone when no end is known); it matches
    // when that span overlaps [yearFrom, yearTo]. Transfers without any year never match.
    where.andIfGiven(q.yearFrom(), "COALESCE(t.year_end, t.year_start) >= ?");
    where.andIfGiven(q.yearTo(), "COALESCE(t.year_start, t.year_end) <= ?");
    if (q.ids() != null) {
      where.and("t.id IN (" + Rows.placeholders(q.ids().size()) + ")", q.ids().toArray());
    }
    return read(
        c -> {
          long total;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM transfer t" + where)) {
            Jdbc.bind(ps, 1, where.parameters());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              total = rs.getLong(1);
            }
          }
          List<Object> pageParams = new ArrayList<>(where.parameters());
          pageParams.add(q.size());
          pageParams.add((long) (q.page() - 1) * q.size());
          List<String> ids =
              Rows.ids(
                  c,
                  "SELECT t.id FROM transfer t" + where + " ORDER BY t.id LIMIT ? OFFSET ?",
                  pageParams);
          return new Page<>(Rows.transfers(c, ids, visibility), total, q.page(), q.size());
        });
  }

  @Override
  public void forEachTransfer(Visibility visibility, Consumer<StoredTransfer> action) {
    // Keyset pages inside one read-only transaction: memory stays flat, and on PostgreSQL the
    // repeatable-read snapshot makes an export consistent even while others write.
    read(
        c -> {
          boolean auto = c.getAutoCommit();
          int isolation = c.getTransactionIsolation();
          c.setAutoCommit(false);
          c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
          try {
            String after = null;
            while (true) {
              List<Object> params = new ArrayList<>();
              String sql = "SELECT id FROM transfer WHERE 1 = 1";
              if (visibility == Visibility.PUBLIC) {
                sql += " AND state = ?";
                params.add(Rows.PUBLISHED);
              }
              if (after != null) {
                sql += " AND id > ?";
                params.add(after);
              }
              sql += " ORDER BY id LIMIT " + Rows.CHUNK;
              List<String> ids = Rows.ids(c, sql, params);
              if (ids.isEmpty()) {
                break;
              }
              Rows.transfers(c, ids, visibility).forEach(action);
              after = ids.get(ids.size() - 1);
            }
            c.commit();
          } finally {
            try {
              c.rollback();
            } finally {
              c.setTransactionIsolation(isolation);
              c.setAutoCommit(auto);
            }
          }
          return null;
        });
  }

  @Override
  public List<StoredTransfer> transfersOfOrganization(String organizationId, Visibility v) {
    return read(
        c ->
            Rows.transfers(
                c,
                Rows.ids(
                    c,
                    "SELECT DISTINCT transfer_id FROM transfer_supplier WHERE org_id = ? ORDER BY"
                        + " transfer_id",
                    List.of(organizationId)),
                v));
  }

  @Override
  public Optional<StoredOrganization> findOrganization(String id, Visibility visibility) {
    return read(c -> Rows.organizations(c, List.of(id), visibility).stream().findFirst());
  }

  @Override
  public Optional<StoredOrganization> findOrganizationByName(String nameOrAlias, Visibility v) {
    String key = OrganizationNames.key(nameOrAlias);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    // Agency names repeat across countries ("Ministry of Interior"); companies are preferred,
    // then the lowest id, so the answer is stable.
    return organizationsSelected(
            v,
            "SELECT o.id FROM organization o JOIN organization_name n ON n.org_id = o.id"
                + " WHERE n.name_key = ?"
                + (v == Visibility.PUBLIC ? " AND o.state = 'published'" : "")
                + " ORDER BY CASE WHEN o.kind = 'agency' THEN 1 ELSE 0 END, o.id",
            key)
        .stream()
        .findFirst();
  }

  /** Organizations whose name or an alias has this normalised key (all of them, by id). */
  public List<StoredOrganization> organizationsByName(String nameOrAlias, Visibility v) {
    String key = OrganizationNames.key(nameOrAlias);
    return organizationsSelected(
        v, "SELECT DISTINCT org_id FROM organization_name WHERE name_key = ? ORDER BY org_id", key);
  }

  @Override
  public List<StoredOrganization> organizations(Visibility visibility) {
    return organizationsSelected(
        visibility,
        "SELECT id FROM organization"
            + (visibility == Visibility.PUBLIC ? " WHERE state = 'published'" : "")
            + " ORDER BY id");
  }

  @Override
  public List<StoredOrganization> subsidiariesOf(String organizationId, Visibility visibility) {
    return organizationsSelected(
        visibility,
        "SELECT o.id FROM organization o WHERE o.id <> ? AND o.parent_key IN (SELECT"
            + " n.name_key FROM organization_name n WHERE n.org_id = ?) ORDER BY o.id",
        organizationId,
        organizationId);
  }

  /** The organizations whose ids {@code sql} selects, in its order. */
  private List<StoredOrganization> organizationsSelected(
      Visibility visibility, String sql, Object... parameters) {
    return read(
        c -> Rows.organizations(c, Rows.ids(c, sql, Arrays.asList(parameters)), visibility));
  }

  @Override
  public List<Revision> history(String entityType, String entityId) {
    return revisions(
        " WHERE r.entity_type = ? AND r.entity_id = ? ORDER BY r.revision_no",
        List.of(entityType, entityId));
  }

  @Override
  public long lastRevisionId() {
    return read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM revision");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public long countRevisionsUpTo(long revisionId) {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM revision WHERE id <= ?")) {
            ps.setLong(1, revisionId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  @Override
  public List<Revision> revisionsAfter(long afterId, int limit) {
    return revisions(" WHERE r.id > ? ORDER BY r.id LIMIT ?", List.of(afterId, limit));
  }

  private List<Revision> revisions(String whereOrder, List<Object> params) {
    return read(
        c ->
            Jdbc.list(
                c,
                "SELECT r.id, r.entity_type, r.entity_id, r.revision_no, r.action, r.author,"
                    + " r.reason, r.created_at, p.snapshot AS before_snapshot, r.snapshot FROM"
                    + " revision r LEFT JOIN revision p ON p.entity_type = r.entity_type AND"
                    + " p.entity_id = r.entity_id AND p.revision_no = r.revision_no - 1"
                    + whereOrder,
                rs ->
                    new Revision(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        Rows.instant(rs, "created_at"),
                        rs.getString(9),
                        rs.getString(10)),
                params.toArray()));
  }

  @Override
  public List<StoredTransfer> publishedTransfersBefore(Instant instant) {
    return read(c -> RegisterAsOf.transfers(c, instant));
  }

  @Override
  public List<StoredOrganization> publishedOrganizationsBefore(Instant instant) {
    return read(c -> RegisterAsOf.organizations(c, instant));
  }

  @Override
  public Optional<Instant> firstRevisionAt() {
    return read(RegisterAsOf::firstRevision);
  }

  @Override
  public long countTransfers(Visibility visibility) {
    return count("transfer", visibility);
  }

  public long countOrganizations(Visibility visibility) {
    return count("organization", visibility);
  }

  private long count(String table, Visibility visibility) {
    return read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT COUNT(*) FROM "
                          + table
                          + (visibility == Visibility.PUBLIC ? " WHERE state = 'published'" : ""));
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  private <T> T read(Jdbc.Work<T> work) {
    return Jdbc.read(database, "reading the register failed", work);
  }
}
