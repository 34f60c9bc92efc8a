package org.sightline.store.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.core.json.Json;
import org.sightline.core.schema.Checks;
import org.sightline.store.db.Database;
import org.sightline.store.db.Jdbc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents submitted for extraction and the review decisions on their candidates. Separate from
 * the register on purpose: storing a document or a decision never creates or changes a transfer.
 */
public final class Documents {
  private static final String DOCUMENT_COLUMNS =
      "id, sha256, title, url, doc_date, format, body, candidates, author, created_at, language";
  private static final String LABEL_COLUMNS =
      "id, document_id, candidate_index, fingerprint, candidate, decision, edited, transfer_id,"
          + " reason, author, created_at";

  /** A document as lists show it, with the number of its candidates that have a decision. */
  private static final String LISTED =
      "SELECT d.id, d.title, d.url, d.doc_date, d.author, d.created_at, d.candidates,"
          + " (SELECT COUNT(DISTINCT l.candidate_index) FROM extract_label l"
          + " WHERE l.document_id = d.id), d.language"
          + " FROM extract_document d";

  private final Database database;

  public Documents(Database database) {
    this.database = database;
  }

  /** Hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * Identifies a candidate across re-extractions of the same text: the text's digest and the
   * candidate's defining fields, without the confidence (which a refit model changes).
   */
  public static String fingerprint(String documentSha256, JsonNode candidate) {
    ObjectNode key = Json.MAPPER.createObjectNode();
    for (String field :
        List.of(
            "supplier_orgs",
            "supplier_country",
            "recipient_country",
            "technologies",
            "year",
            "status",
            "evidence")) {
      key.set(field, candidate.get(field));
    }
    return sha256(documentSha256 + "\n" + Json.MAPPER.writeValueAsString(key));
  }

  public StoredDocument save(NewDocument d) {
    try (Connection c = database.connection()) {
      return insert(c, d, Jdbc.now());
    } catch (SQLException e) {
      throw Jdbc.failed("cannot store the document", e);
    }
  }

  /** Inserts a document on the caller's connection (and so in its transaction). */
  static StoredDocument insert(Connection c, NewDocument d, Instant now) throws SQLException {
    String sha = sha256(d.text());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO extract_document (sha256, title, url, doc_date, format, text_length,"
                + " body, candidates, author, created_at, language)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, sha);
      ps.setString(2, clip(d.title(), 1000));
      ps.setString(3, d.url());
      if (d.docDate() == null) {
        ps.setNull(4, Types.DATE);
      } else {
        ps.setObject(4, d.docDate());
      }
      ps.setString(5, d.format());
      ps.setInt(6, d.text().length());
      ps.setString(7, d.text());
      ps.setString(8, d.candidatesJson());
      ps.setString(9, d.author());
      ps.setObject(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      ps.setString(11, d.language());
      ps.executeUpdate();
      return new StoredDocument(
          Jdbc.generatedId(ps),
          sha,
          clip(d.title(), 1000),
          d.url(),
          d.docDate(),
          d.format(),
          d.text(),
          d.candidatesJson(),
          d.author(),
          now,
          d.language());
    }
  }

  public Optional<StoredDocument> find(long id) {
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + DOCUMENT_COLUMNS + " FROM extract_document WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(document(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read document " + id, e);
    }
  }

  /** The first stored document with exactly this text, if one was submitted before. */
  public Optional<StoredDocument> firstWithText(String text) {
    try (Connection c = database.connection()) {
      return firstWithSha(c, sha256(text));
    } catch (SQLException e) {
      throw Jdbc.failed("cannot look for an earlier copy of the document", e);
    }
  }

  /**
   * The documents one person submitted, newest first, with how many of their candidates are
   * decided: the documents part of a contributor's "My work" page.
   */
  public List<WaitingDocument> submittedBy(String author, int limit) {
    List<WaitingDocument> out = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(
                LISTED + " WHERE d.author = ? ORDER BY d.id DESC FETCH FIRST ? ROWS ONLY")) {
      ps.setString(1, author);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(listed(rs));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot list the documents of " + author, e);
    }
    return out;
  }

  private static WaitingDocument listed(ResultSet rs) throws SQLException {
    return new WaitingDocument(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        Jdbc.instant(rs, 6),
        Json.MAPPER.readTree(rs.getString(7)).size(),
        rs.getInt(8),
        rs.getString(9));
  }

  /**
   * Earlier decisions with this fingerprint (the same candidate on the same text), oldest first.
   */
  public List<Label> labelsWithFingerprint(String fingerprint) {
    return labelsWhere("fingerprint = ?", fingerprint);
  }

  /** The first stored document with this text (by its SHA-256), on the caller's connection. */
  static Optional<StoredDocument> firstWithSha(Connection c, String sha256) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + DOCUMENT_COLUMNS
                + " FROM extract_document WHERE sha256 = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(document(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Replaces a document's candidates, on the caller's connection. Only ever with the same list
   * extended at its end, so that decisions keep pointing at the candidates they were made on.
   */
  static void replaceCandidates(Connection c, long id, String candidatesJson) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE extract_document SET candidates = ? WHERE id = ?")) {
      ps.setString(1, candidatesJson);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  private static StoredDocument document(ResultSet rs) throws SQLException {
    return new StoredDocument(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        Jdbc.instant(rs, 10),
        rs.getString(11));
  }

  /**
   * The newest documents with undecided candidates, newest first: up to {@code limit}, from among
   * the newest {@code 10 * limit} documents (a queue to work through, not a search).
   */
  public List<WaitingDocument> waiting(int limit) {
    List<WaitingDocument> out = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement(LISTED + " ORDER BY d.id DESC FETCH FIRST ? ROWS ONLY")) {
      ps.setInt(1, 10 * limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && out.size() < limit) {
          WaitingDocument d = listed(rs);
          if (d.decided() < d.candidates()) {
            out.add(d);
          }
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot list the documents waiting for review", e);
    }
    return out;
  }

  /** Records a decision; the document must exist. */
  public Label record(
      long documentId,
      int candidateIndex,
      String fingerprint,
      String candidateJson,
      Decision decision,
      String editedJson,
      String transferId,
      String reason,
      String author) {
    Instant now = Jdbc.now();
    String why = clip(Checks.blankToNull(reason), 2000);
    try (Connection c = database.connection()) {
      long id =
          Jdbc.insert(
              c,
              "INSERT INTO extract_label (document_id, candidate_index, fingerprint, candidate,"
                  + " decision, edited, transfer_id, reason, author, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              documentId,
              candidateIndex,
              fingerprint,
              candidateJson,
              decision.key(),
              editedJson,
              transferId,
              why,
              author,
              now);
      return new Label(
          id,
          documentId,
          candidateIndex,
          fingerprint,
          candidateJson,
          decision,
          editedJson,
          transferId,
          why,
          author,
          now);
    } catch (SQLException e) {
      throw Jdbc.failed("cannot store the decision on document " + documentId, e);
    }
  }

  /** The decisions on one document, oldest first. */
  public List<Label> labels(long documentId) {
    return labelsWhere("document_id = ?", documentId);
  }

  /** The decision that created this transfer, if it came from extraction. */
  public Optional<Label> labelOfTransfer(String transferId) {
    return labelsWhere("transfer_id = ?", transferId).stream().findFirst();
  }

  /** Every decision, oldest first, streamed (an export may be large). */
  public void forEachLabel(Consumer<Label> action) {
    query("SELECT " + LABEL_COLUMNS + " FROM extract_label ORDER BY id", null, action);
  }

  /** The decisions meeting a one-parameter condition, oldest first. */
  private List<Label> labelsWhere(String condition, Object parameter) {
    List<Label> out = new ArrayList<>();
    query(
        "SELECT " + LABEL_COLUMNS + " FROM extract_label WHERE " + condition + " ORDER BY id",
        parameter,
        out::add);
    return out;
  }

  private void query(String sql, Object parameter, Consumer<Label> action) {
    try (Connection c = database.connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setObject(1, parameter);
      }
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(
              new Label(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getInt(3),
                  rs.getString(4),
                  rs.getString(5),
                  Decision.fromKey(rs.getString(6)).orElseThrow(),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  Jdbc.instant(rs, 11)));
        }
      }
    } catch (SQLException e) {
      throw Jdbc.failed("cannot read decisions", e);
    }
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
