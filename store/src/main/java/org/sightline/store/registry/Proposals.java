package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.core.json.Json;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.db.Jdbc;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;

/**
 * Changes proposed to published records. Proposing leaves the published record untouched; approving
 * applies the proposal as a new revision of the record (authored by the proposer, in the same
 * transaction as the decision) and keeps it published; rejecting records the reviewer's reason.
 *
 * <p>Whether the decider may decide (roles, the two-person rule) is the caller's business; this
 * class guarantees that a proposal is decided once and never applied over a newer revision.
 */
public final class Proposals {
  /** What became of an approval or rejection. */
  public enum Outcome {
    DONE,
    NOT_FOUND,
    /** Already approved or rejected (perhaps by another reviewer a moment ago). */
    NOT_PENDING,
    /** The record changed (or left the published state) after the proposal was made. */
    STALE
  }

  private static final String COLUMNS =
      "id, entity_type, entity_id, base_revision, snapshot, author, reason, created_at, status,"
          + " decided_by, decided_at, decision_reason";

  private final Database database;
  private final RegisterWriter writer;

  public Proposals(Database database, RegisterWriter writer) {
    this.database = database;
    this.writer = writer;
  }

  /** Stores a pending proposal for the record of this type and id, made against baseRevision. */
  public Proposal propose(
      String entityType,
      String entityId,
      int baseRevision,
      String snapshot,
      String author,
      String reason) {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("a proposal needs an author");
    }
    Instant now = Jdbc.now();
    try (Connection c = database.connection()) {
      long id =
          Jdbc.insert(
              c,
              "INSERT INTO proposal (entity_type, entity_id, base_revision, snapshot, author,"
                  + " reason, created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              entityType,
              entityId,
              baseRevision,
              snapshot,
              author,
              reason,
              now,
              Proposal.Status.PENDING.key());
      return new Proposal(
          id,
          entityType,
          entityId,
          baseRevision,
          snapshot,
          author,
          reason,
          now,
          Proposal.Status.PENDING,
          null,
          null,
          null);
    } catch (SQLException e) {
      throw new DatabaseException("cannot store the proposal: " + e.getMessage(), e);
    }
  }

  public Optional<Proposal> find(long id) {
    return query(" WHERE id = ?", List.of(id)).stream().findFirst();
  }

  /** Every pending proposal, oldest first. */
  public List<Proposal> pending() {
    return query(
        " WHERE status = ? ORDER BY created_at, id", List.of(Proposal.Status.PENDING.key()));
  }

  /** The pending proposals on one record, oldest first. */
  public List<Proposal> pendingFor(String entityType, String entityId) {
    return query(
        " WHERE status = ? AND entity_type = ? AND entity_id = ? ORDER BY created_at, id",
        List.of(Proposal.Status.PENDING.key(), entityType, entityId));
  }

  /**
   * Ids of the records of this type (transfer or organization) in this state, the longest waiting
   * first: records in review are the other half of the review queue, drafts its prequel.
   */
  public List<String> idsInState(String entityType, PublicationState state) {
    String table = RegisterWriter.TRANSFER.equals(entityType) ? "transfer" : "organization";
    try (Connection c = database.connection()) {
      return Rows.ids(
          c,
          "SELECT id FROM " + table + " WHERE state = ? ORDER BY updated_at, id",
          List.of(state.key()));
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the review queue: " + e.getMessage(), e);
    }
  }

  /**
   * Applies a pending proposal: the record becomes the proposed one (still published), with a
   * revision by the proposer giving the proposal's reason; the decision names the reviewer.
   */
  public Outcome approve(long id, String reviewer, String note) {
    Optional<Proposal> found = find(id);
    if (found.isEmpty()) {
      return Outcome.NOT_FOUND;
    }
    Proposal p = found.get();
    String why = p.reason() == null ? "proposed change, approved in review" : p.reason();
    try (RegisterWriter.Batch batch = writer.begin(p.author(), why)) {
      Connection c = batch.connection();
      if (!decide(c, p.id(), Proposal.Status.APPROVED, reviewer, note)) {
        return Outcome.NOT_PENDING;
      }
      String table = RegisterWriter.TRANSFER.equals(p.entityType()) ? "transfer" : "organization";
      if (!stillPublishedAt(c, table, p.entityId(), p.baseRevision())) {
        return Outcome.STALE;
      }
      if (RegisterWriter.TRANSFER.equals(p.entityType())) {
        Transfer t = TransferJson.parse(Json.readRecord(p.snapshot())).transfer();
        batch.saveTransfers(List.of(TransferInput.of(t.withState(PublicationState.PUBLISHED))));
      } else {
        Organization o = OrganizationJson.parse(Json.readRecord(p.snapshot())).organization();
        batch.saveOrganizations(List.of(o.withState(PublicationState.PUBLISHED)));
      }
      batch.commit();
      return Outcome.DONE;
    } catch (SQLException e) {
      throw new DatabaseException("cannot approve the proposal: " + e.getMessage(), e);
    }
  }

  /** Closes a pending proposal without touching the record. */
  public Outcome reject(long id, String reviewer, String reason) {
    try (Connection c = database.connection()) {
      if (find(id).isEmpty()) {
        return Outcome.NOT_FOUND;
      }
      return decide(c, id, Proposal.Status.REJECTED, reviewer, reason)
          ? Outcome.DONE
          : Outcome.NOT_PENDING;
    } catch (SQLException e) {
      throw new DatabaseException("cannot reject the proposal: " + e.getMessage(), e);
    }
  }

  /** Closes the proposal if (and only if) it is still pending: one decision wins. */
  private static boolean decide(
      Connection c, long id, Proposal.Status status, String reviewer, String reason)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE proposal SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?"
                + " WHERE id = ? AND status = ?")) {
      Jdbc.bind(
          ps,
          1,
          java.util.Arrays.asList(
              status.key(), reviewer, Jdbc.now(), reason, id, Proposal.Status.PENDING.key()));
      return ps.executeUpdate() == 1;
    }
  }

  private static boolean stillPublishedAt(Connection c, String table, String id, int revision)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT revision_no, state FROM " + table + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            && rs.getInt(1) == revision
            && PublicationState.PUBLISHED.key().equals(rs.getString(2));
      }
    }
  }

  private List<Proposal> query(String whereOrder, List<Object> params) {
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement("SELECT " + COLUMNS + " FROM proposal" + whereOrder)) {
      Jdbc.bind(ps, 1, params);
      List<Proposal> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Proposal(
                  rs.getLong("id"),
                  rs.getString("entity_type"),
                  rs.getString("entity_id"),
                  rs.getInt("base_revision"),
                  rs.getString("snapshot"),
                  rs.getString("author"),
                  rs.getString("reason"),
                  Rows.instant(rs, "created_at"),
                  Proposal.Status.fromKey(rs.getString("status")),
                  rs.getString("decided_by"),
                  Rows.instant(rs, "decided_at"),
                  rs.getString("decision_reason")));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new DatabaseException("cannot read proposals: " + e.getMessage(), e);
    }
  }
}
