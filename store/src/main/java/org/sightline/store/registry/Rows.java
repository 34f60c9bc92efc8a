package org.sightline.store.registry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.db.Jdbc;

/** Reading records from their rows, shared by the register and the writer. */
final class Rows {
  /** Ids per IN (...) list: well below every engine's parameter limit. */
  static final int CHUNK = 1000;

  static final String PUBLISHED = PublicationState.PUBLISHED.key();

  private static final String TRANSFER_COLUMNS =
      "id, supplier_country, recipient_country, end_user, technologies, status, year_start,"
          + " year_end, value_amount, value_currency, financing_lender, financing_amount,"
          + " financing_currency, summary, state, revision_no, updated_at";

  private Rows() {}

  /** The transfers with these ids that are visible, in the order of {@code ids}. */
  static List<StoredTransfer> transfers(Connection c, List<String> ids, Visibility visibility)
      throws SQLException {
    Map<String, StoredTransfer> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      found.putAll(transferChunk(c, chunk, visibility));
    }
    List<StoredTransfer> out = new ArrayList<>(found.size());
    for (String id : ids) {
      StoredTransfer t = found.get(id);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static Map<String, StoredTransfer> transferChunk(
      Connection c, List<String> ids, Visibility visibility) throws SQLException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String in = placeholders(ids.size());
    String sql =
        "SELECT "
            + TRANSFER_COLUMNS
            + " FROM transfer WHERE id IN ("
            + in
            + ")"
            + (visibility == Visibility.PUBLIC ? " AND state = '" + PUBLISHED + "'" : "");
    Map<String, Transfer> base = new LinkedHashMap<>();
    Map<String, Object[]> meta = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Jdbc.bind(ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("id");
          base.put(id, transferRow(rs));
          meta.put(id, new Object[] {rs.getInt("revision_no"), instant(rs, "updated_at")});
        }
      }
    }
    if (base.isEmpty()) {
      return Map.of();
    }
    List<String> present = new ArrayList<>(base.keySet());
    String in2 = placeholders(present.size());
    Map<String, List<OrganizationRef>> suppliers =
        byOwner(
            c,
            "SELECT transfer_id, org_id, name, aliases FROM transfer_supplier WHERE transfer_id IN ("
                + in2
                + ") ORDER BY transfer_id, position",
            present,
            rs -> new OrganizationRef(rs.getString(2), rs.getString(3), split(rs.getString(4))));
    Map<String, List<Source>> sources =
        byOwner(
            c,
            "SELECT transfer_id, url, publisher, source_date, evidence FROM transfer_source"
                + " WHERE transfer_id IN ("
                + in2
                + ") ORDER BY transfer_id, position",
            present,
            rs -> new Source(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    Map<String, StoredTransfer> out = new HashMap<>();
    for (Map.Entry<String, Transfer> e : base.entrySet()) {
      Transfer t = e.getValue();
      Transfer full =
          t.withSupplierOrgs(suppliers.getOrDefault(t.id(), List.of()))
              .withSources(sources.getOrDefault(t.id(), List.of()));
      Object[] m = meta.get(t.id());
      out.put(t.id(), new StoredTransfer(full, (Integer) m[0], (Instant) m[1]));
    }
    return out;
  }

  private static Transfer transferRow(ResultSet rs) throws SQLException {
    List<TechnologyCategory> techs = new ArrayList<>();
    for (String key : split(rs.getString("technologies"))) {
      TechnologyCategory.fromKey(key).ifPresent(techs::add);
    }
    BigDecimal valueAmount = rs.getBigDecimal("value_amount");
    Money value =
        valueAmount == null ? null : new Money(valueAmount, rs.getString("value_currency"));
    String lender = rs.getString("financing_lender");
    BigDecimal finAmount = rs.getBigDecimal("financing_amount");
    String finCurrency = rs.getString("financing_currency");
    Financing financing =
        lender == null && finAmount == null && finCurrency == null
            ? null
            : new Financing(lender, finAmount, finCurrency);
    return new Transfer(
        rs.getString("id"),
        List.of(),
        rs.getString("supplier_country"),
        rs.getString("recipient_country"),
        rs.getString("end_user"),
        techs,
        TransferStatus.fromKey(rs.getString("status")).orElse(null),
        integer(rs, "year_start"),
        integer(rs, "year_end"),
        value,
        financing,
        rs.getString("summary"),
        List.of(),
        PublicationState.fromKey(rs.getString("state")).orElse(PublicationState.DRAFT));
  }

  /** The organizations with these ids that are visible, in the order of {@code ids}. */
  static List<StoredOrganization> organizations(
      Connection c, List<String> ids, Visibility visibility) throws SQLException {
    Map<String, StoredOrganization> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String in = placeholders(chunk.size());
      Map<String, List<String>> aliases =
          byOwner(
              c,
              "SELECT org_id, alias FROM organization_alias WHERE org_id IN ("
                  + in
                  + ") ORDER BY org_id, position",
              chunk,
              rs -> rs.getString(2));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, name, country, kind, parent_name, note, source_url, state, revision_no,"
                  + " updated_at FROM organization WHERE id IN ("
                  + in
                  + ")"
                  + (visibility == Visibility.PUBLIC ? " AND state = '" + PUBLISHED + "'" : ""))) {
        Jdbc.bind(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString("id");
            Organization o =
                new Organization(
                    id,
                    rs.getString("name"),
                    aliases.getOrDefault(id, List.of()),
                    rs.getString("country"),
                    OrganizationKind.fromKey(rs.getString("kind")).orElse(null),
                    rs.getString("parent_name"),
                    rs.getString("note"),
                    rs.getString("source_url"),
                    PublicationState.fromKey(rs.getString("state")).orElse(PublicationState.DRAFT));
            found.put(
                id, new StoredOrganization(o, rs.getInt("revision_no"), instant(rs, "updated_at")));
          }
        }
      }
    }
    List<StoredOrganization> out = new ArrayList<>();
    for (String id : ids) {
      StoredOrganization o = found.get(id);
      if (o != null) {
        out.add(o);
      }
    }
    return out;
  }

  static List<String> ids(Connection c, String sql, List<Object> params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Jdbc.bind(ps, 1, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * id → {content_hash, revision_no} of the stored records among these ids (one query per chunk).
   */
  static Map<String, String[]> hashesAndRevisions(Connection c, String table, List<String> ids)
      throws SQLException {
    Map<String, String[]> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, content_hash, revision_no FROM "
                  + table
                  + " WHERE id IN ("
                  + placeholders(chunk.size())
                  + ")")) {
        Jdbc.bind(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
          }
        }
      }
    }
    return out;
  }

  /**
   * The rows of a child table (suppliers, sources, aliases) for the owners whose ids are bound to
   * the query's placeholders, grouped by the owner id in its first column, in the query's order.
   */
  private static <T> Map<String, List<T>> byOwner(
      Connection c, String sql, List<String> ids, Jdbc.RowMapper<T> row) throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Jdbc.bind(ps, 1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row.map(rs));
        }
      }
    }
    return out;
  }

  static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  static void setDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, v);
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** {@code ;a;b;}: delimited on both sides so that LIKE '%;a;%' is an exact membership test. */
  static String delimited(List<String> values) {
    return values.isEmpty() ? ";" : ";" + String.join(";", values) + ";";
  }

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String part : s.split(";")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }

  /** The hex SHA-256 of the text's UTF-8 bytes, with a digest the caller reuses. */
  static String sha256(MessageDigest md, String text) {
    md.reset();
    return HEX.formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static final HexFormat HEX = HexFormat.of();

  /** Escapes LIKE wildcards; used with ESCAPE '\'. */
  static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
