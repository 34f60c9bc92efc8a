package org.sightline.store.registry;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.registry.OrganizationNames;
import org.sightline.store.db.Jdbc;
import org.sightline.store.json.OrganizationJson;

/**
 * Writes organizations with their aliases, name keys and revisions: an organization whose snapshot
 * hash is unchanged is left alone, a new one inserted, a changed one updated.
 */
record OrganizationRows(
    WriteTransaction tx, RevisionLog revisions, NameKeys names, SupplierLinker linker) {
  private static final String INSERT =
      "INSERT INTO organization (name, country, kind, parent_name, parent_key, note,"
          + " source_url, state, content_hash, revision_no, updated_at, id) VALUES (?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE organization SET name = ?, country = ?, kind = ?, parent_name = ?,"
          + " parent_key = ?, note = ?, source_url = ?, state = ?, content_hash = ?,"
          + " revision_no = ?, updated_at = ? WHERE id = ?";

  /** Saves in chunks; adds the ids of organizations written as published to {@code published}. */
  WriteCounts save(List<Organization> organizations, String why, Set<String> published)
      throws SQLException {
    return WriteCounts.inChunks(
        organizations, Rows.CHUNK, chunk -> saveChunk(chunk, why, published));
  }

  private WriteCounts saveChunk(List<Organization> orgs, String why, Set<String> published)
      throws SQLException {
    Map<String, String[]> existing =
        Rows.hashesAndRevisions(
            tx.connection(), "organization", orgs.stream().map(Organization::id).toList());
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    Instant now = Jdbc.now();
    Set<String> seen = new HashSet<>();
    for (Organization o : orgs) {
      if (!seen.add(o.id())) {
        throw new IllegalArgumentException("organization " + o.id() + " given twice");
      }
      String snapshot = OrganizationJson.snapshot(o);
      String hash = tx.contentHash(snapshot);
      String[] old = existing.get(o.id());
      if (old != null && old[0].equals(hash)) {
        unchanged++;
        continue;
      }
      int revisionNo;
      if (old == null) {
        revisionNo = 1;
        created++;
      } else {
        revisionNo = Integer.parseInt(old[1]) + 1;
        for (String table : List.of("organization_alias", "organization_name")) {
          PreparedStatement del = tx.statement("DELETE FROM " + table + " WHERE org_id = ?");
          del.setString(1, o.id());
          del.addBatch();
        }
        updated++;
      }
      PreparedStatement ps = tx.statement(old == null ? INSERT : UPDATE);
      bind(ps, o, hash, revisionNo, now);
      ps.addBatch();
      addNames(o);
      revisions.add(
          new RevisionLog.Entry(
              RegisterWriter.ORGANIZATION,
              o.id(),
              revisionNo,
              old == null ? "create" : "update",
              why,
              now,
              snapshot));
      if (o.state() == PublicationState.PUBLISHED) {
        published.add(o.id());
      }
    }
    tx.executeBatch("INSERT INTO organization (");
    tx.executeBatch("DELETE FROM organization_alias");
    tx.executeBatch("DELETE FROM organization_name");
    tx.executeBatch("UPDATE organization SET name");
    tx.executeBatch("INSERT INTO organization_alias");
    tx.executeBatch("INSERT INTO organization_name");
    revisions.flush();
    if (created + updated > 0) {
      linker.forgetOrganizations();
    }
    return new WriteCounts(created, updated, unchanged);
  }

  /** The aliases in order, and the name key of the name and of every alias. */
  private void addNames(Organization o) throws SQLException {
    PreparedStatement alias =
        tx.statement("INSERT INTO organization_alias (org_id, position, alias) VALUES (?, ?, ?)");
    int pos = 0;
    for (String a : o.aliases()) {
      alias.setString(1, o.id());
      alias.setInt(2, pos++);
      alias.setString(3, a);
      alias.addBatch();
    }
    PreparedStatement keys =
        tx.statement("INSERT INTO organization_name (org_id, name_key) VALUES (?, ?)");
    for (String key : names.keys(o.name(), o.aliases())) {
      keys.setString(1, o.id());
      keys.setString(2, key);
      keys.addBatch();
    }
  }

  private static void bind(
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
    Jdbc.set(ps, i++, now);
    ps.setString(i, o.id());
  }
}
