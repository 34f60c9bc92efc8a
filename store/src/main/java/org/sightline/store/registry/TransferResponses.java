package org.sightline.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.TransferResponse;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseException;
import org.sightline.store.db.Jdbc;
import org.sightline.store.json.ResponseJson;

/**
 * Responses to transfers (the right of reply). A response is added {@link
 * PublicationState#IN_REVIEW in review}, becomes public when a reviewer publishes it, and may be
 * retracted with a reason. Every change writes a revision ({@code entity_type = 'response'}) in the
 * same transaction, with the author, the reason and a snapshot, like every other record: the audit
 * trail covers responses, and pages cached per newest revision are refreshed when one is published.
 *
 * <p>Callers validate content first ({@code ResponseRules}); this class checks only what the
 * database knows: that the transfer exists and where the response stands.
 */
public final class TransferResponses {
  public static final String RESPONSE = "response";

  private static final String COLUMNS =
      "id, transfer_id, responder_name, responder_kind, organization_id, country, response_date,"
          + " response_text, link, how_obtained, state, created_by, revision_no, created_at,"
          + " updated_at";

  private final Database database;

  public TransferResponses(Database database) {
    this.database = database;
  }

  /**
   * Stores a new response in review and returns it; the id is generated when the response has none.
   * {@link IllegalArgumentException} when there is no such transfer or the id is taken.
   */
  public StoredResponse add(TransferResponse response, String author, String reason) {
    requireAuthor(author);
    TransferResponse r =
        response.id() == null
            ? new TransferResponse(
                newId(),
                response.transferId(),
                response.responderName(),
                response.responderKind(),
                response.organizationId(),
                response.country(),
                response.date(),
                response.text(),
                response.link(),
                response.howObtained())
            : response;
    return inTransaction(
        c -> {
          if (Rows.ids(c, "SELECT id FROM transfer WHERE id = ?", List.of(r.transferId()))
              .isEmpty()) {
            throw new IllegalArgumentException("no transfer " + r.transferId());
          }
          if (find(c, r.id()).isPresent()) {
            throw new IllegalArgumentException("a response with id '" + r.id() + "' exists");
          }
          Instant now = Jdbc.now();
          PublicationState state = PublicationState.IN_REVIEW;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO transfer_response ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Jdbc.bind(
                ps,
                1,
                java.util.Arrays.asList(
                    r.id(),
                    r.transferId(),
                    r.responderName(),
                    r.responderKind().key(),
                    r.organizationId(),
                    r.country(),
                    r.date(),
                    r.text(),
                    r.link(),
                    r.howObtained(),
                    state.key(),
                    author,
                    1,
                    now,
                    now));
            ps.executeUpdate();
          }
          RevisionLog.insert(
              c,
              author,
              new RevisionLog.Entry(
                  RESPONSE, r.id(), 1, "create", reason, now, ResponseJson.snapshot(r, state)));
          return new StoredResponse(r, state, author, 1, now, now);
        });
  }

  /**
   * Moves a response of this transfer to another state, writing a revision. False when it is
   * already in that state; {@link IllegalArgumentException} when the transfer has no such response.
   */
  public boolean setState(
      String transferId, String responseId, PublicationState state, String author, String reason) {
    requireAuthor(author);
    return inTransaction(
        c -> {
          StoredResponse stored =
              find(c, responseId)
                  .filter(s -> s.response().transferId().equals(transferId))
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "transfer " + transferId + " has no response " + responseId));
          if (stored.state() == state) {
            return false;
          }
          Instant now = Jdbc.now();
          int next = stored.revision() + 1;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE transfer_response SET state = ?, revision_no = ?, updated_at = ? WHERE"
                      + " id = ? AND revision_no = ?")) {
            Jdbc.bind(ps, 1, List.of(state.key(), next, now, responseId, stored.revision()));
            if (ps.executeUpdate() != 1) {
              throw new IllegalStateException(
                  "response " + responseId + " changed meanwhile; try again");
            }
          }
          RevisionLog.insert(
              c,
              author,
              new RevisionLog.Entry(
                  RESPONSE,
                  responseId,
                  next,
                  RevisionLog.stateAction(state),
                  reason,
                  now,
                  ResponseJson.snapshot(stored.response(), state)));
          return true;
        });
  }

  /** The response with this id, in any state (ids are unique across transfers). */
  public Optional<StoredResponse> find(String responseId) {
    return read(c -> find(c, responseId));
  }

  /** The response with this id on this transfer, in any state. */
  public Optional<StoredResponse> find(String transferId, String responseId) {
    return read(c -> find(c, responseId)).filter(s -> s.response().transferId().equals(transferId));
  }

  /**
   * The transfer's responses, oldest response date first: the published ones for the public, every
   * state for reviewers.
   */
  public List<StoredResponse> ofTransfer(String transferId, Visibility visibility) {
    return read(
        c -> {
          String sql =
              "SELECT "
                  + COLUMNS
                  + " FROM transfer_response WHERE transfer_id = ?"
                  + (visibility == Visibility.PUBLIC ? " AND state = ?" : "")
                  + " ORDER BY response_date, created_at, id";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, transferId);
            if (visibility == Visibility.PUBLIC) {
              ps.setString(2, Rows.PUBLISHED);
            }
            return rows(ps);
          }
        });
  }

  private static Optional<StoredResponse> find(Connection c, String responseId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM transfer_response WHERE id = ?")) {
      ps.setString(1, responseId);
      return rows(ps).stream().findFirst();
    }
  }

  private static List<StoredResponse> rows(PreparedStatement ps) throws SQLException {
    List<StoredResponse> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        TransferResponse r =
            new TransferResponse(
                rs.getString("id"),
                rs.getString("transfer_id"),
                rs.getString("responder_name"),
                ResponderKind.fromKey(rs.getString("responder_kind")).orElse(ResponderKind.OTHER),
                rs.getString("organization_id"),
                rs.getString("country"),
                rs.getString("response_date"),
                rs.getString("response_text"),
                rs.getString("link"),
                rs.getString("how_obtained"));
        out.add(
            new StoredResponse(
                r,
                PublicationState.fromKey(rs.getString("state"))
                    .orElseThrow(
                        () -> new DatabaseException("unknown response state in the database")),
                rs.getString("created_by"),
                rs.getInt("revision_no"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at")));
      }
    }
    return out;
  }

  private static String newId() {
    return "R-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT);
  }

  private static void requireAuthor(String author) {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("a revision needs an author");
    }
  }

  private <T> T read(Jdbc.Work<T> work) {
    return Jdbc.read(database, "reading responses failed", work);
  }

  private <T> T inTransaction(Jdbc.Work<T> work) {
    return Jdbc.inTransaction(database, "writing a response failed", work);
  }
}
