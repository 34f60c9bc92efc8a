package org.sightline.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.db.Where;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.TransferResponses;

/**
 * The full audit log for admins: every revision of every record (whoever wrote it, by real
 * username, unlike the public history) and every account event, in one time line. It is read from
 * the tables that record them, so nothing can be changed without appearing here.
 */
public final class AuditLog {
  /**
   * The entity types an entry can have, for filter menus: those the register's revisions carry
   * (right-of-reply responses and account settings included) and the account events' tokens.
   */
  public static final List<String> ENTITY_TYPES =
      List.of(
          RegisterWriter.TRANSFER,
          RegisterWriter.ORGANIZATION,
          TransferResponses.RESPONSE,
          Accounts.ACCOUNT,
          "token");

  private static final String ENTRIES =
      "SELECT occurred_at, actor, action, entity_type, entity_id, revision_no, detail FROM ("
          + " SELECT created_at AS occurred_at, author AS actor, action, entity_type, entity_id,"
          + " revision_no, reason AS detail, CAST(NULL AS VARCHAR(64)) AS username FROM revision"
          + " UNION ALL"
          + " SELECT occurred_at, actor, action, entity_type, entity_id,"
          + " CAST(NULL AS INTEGER) AS revision_no, detail, username FROM account_event"
          + ") e";

  private final Database database;

  public AuditLog(Database database) {
    this.database = database;
  }

  /** The newest entries matching the filter, newest first, at most {@code limit}. */
  public List<AuditEntry> newest(AuditFilter filter, int limit) {
    List<AuditEntry> out = new ArrayList<>();
    query(filter, " DESC", limit, out::add);
    return out;
  }

  /** Every entry matching the filter, oldest first, streamed (for exports). */
  public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
    query(filter, " ASC", 0, sink);
  }

  private void query(AuditFilter filter, String direction, int limit, Consumer<AuditEntry> sink) {
    Where where = new Where();
    if (filter.user() != null && !filter.user().isBlank()) {
      String u = filter.user().trim().toLowerCase(Locale.ROOT);
      where.and("(actor = ? OR username = ?)", u, u);
    }
    if (filter.entityType() != null && !filter.entityType().isBlank()) {
      where.and("entity_type = ?", filter.entityType().trim().toLowerCase(Locale.ROOT));
    }
    if (filter.from() != null) {
      where.and("occurred_at >= ?", startOf(filter.from()));
    }
    if (filter.to() != null) {
      where.and("occurred_at < ?", startOf(filter.to().plusDays(1)));
    }
    List<Object> parameters = where.parameters();
    StringBuilder sql = new StringBuilder(ENTRIES).append(where);
    sql.append(" ORDER BY occurred_at")
        .append(direction)
        .append(", entity_type, entity_id, revision_no")
        .append(direction);
    if (limit > 0) {
      sql.append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
    }
    try (Connection c = database.connection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int number = rs.getInt(6);
          Integer revision = rs.wasNull() ? null : number;
          sink.accept(
              new AuditEntry(
                  rs.getObject(1, OffsetDateTime.class).toInstant(),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  revision,
                  rs.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the audit log: " + e.getMessage(), e);
    }
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
