package org.sightline.store.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.json.Json;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.FieldType.TextInput;
import org.sightline.core.schema.TransferSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one mapping between a transfer and the contract's Transfer JSON, used by the JSON Lines
 * import/export, the revision snapshots and the web API, so all of them show the same shape:
 *
 * <pre>{id, supplier_orgs:[{id,name,aliases?}], supplier_country, recipient_country, end_user,
 * technologies:[key], status, year_start, year_end, value:{amount,currency}|null,
 * financing:{lender,amount,currency}|null, summary, sources:[{url,publisher,date,evidence}],
 * updated_at}</pre>
 *
 * The shape is {@link TransferSchema}'s: its fields in order, absent facts {@code null}, so the
 * output is deterministic; amounts are plain numbers (240000000, never 2.4E+8). Strings are read as
 * they are (only empty ones are absent), as the CSV reads them, so a JSON Lines export imports back
 * to the same records.
 */
public final class TransferJson {
  private TransferJson() {}

  /**
   * The contract's JSON for one stored transfer, with the time of its last change ({@code
   * updated_at}, null when unknown). Takes the parts of a stored transfer rather than the
   * register's {@code StoredTransfer} so that this mapping depends on the core model only and the
   * register can use it for its snapshots without a package cycle.
   */
  public static ObjectNode toJson(Transfer transfer, Instant updatedAt) {
    Map<String, Object> plain = TransferSchema.SCHEMA.toPlain(transfer);
    plain.put("updated_at", updatedAt == null ? null : updatedAt.toString());
    return Json.toObject(plain);
  }

  /** One JSON Lines line (no line terminator). */
  public static String toLine(Transfer transfer, Instant updatedAt) {
    return Json.MAPPER.writeValueAsString(toJson(transfer, updatedAt));
  }

  /**
   * The canonical JSON kept in revision snapshots and hashed into {@code content_hash}: the
   * contract shape plus the publication {@code state}, without {@code updated_at} (the time of a
   * change is not part of what the record says).
   */
  public static String snapshot(Transfer transfer) {
    Map<String, Object> plain = TransferSchema.SCHEMA.toPlain(transfer);
    plain.put("state", transfer.state().key());
    return Json.MAPPER.writeValueAsString(Json.toObject(plain));
  }

  /** A transfer read from JSON, or the format problems that kept it from being read. */
  public record Parsed(Transfer transfer, Instant updatedAt, List<Violation> violations) {
    public boolean ok() {
      return violations.isEmpty();
    }
  }

  /** Parses one JSON Lines line; never throws for bad content, it reports violations instead. */
  public static Parsed parseLine(String line) {
    JsonNode node;
    try {
      node = Json.readRecord(line);
    } catch (JacksonException e) {
      return new Parsed(
          null,
          null,
          List.of(
              new Violation("json", "is not valid JSON: " + firstLine(e.getOriginalMessage()))));
    }
    return parse(node);
  }

  /**
   * Reads the contract shape. Also accepts {@code state} (a publication state key; default
   * published) so that snapshots and drafts can be read back.
   */
  public static Parsed parse(JsonNode n) {
    if (n == null || !n.isObject()) {
      return new Parsed(null, null, List.of(new Violation("json", "a line must be a JSON object")));
    }
    Map<?, ?> plain = (Map<?, ?>) Json.toPlain(n);
    List<Violation> errors = new ArrayList<>();
    Transfer t = TransferSchema.SCHEMA.fromPlain(plain, TextInput.AS_IS, errors);
    PublicationState state = RecordState.read(plain, TextInput.AS_IS, errors);
    Instant updatedAt = null;
    String updated = RecordState.text(plain, "updated_at", TextInput.AS_IS, errors);
    if (updated != null) {
      try {
        updatedAt = Instant.parse(updated).truncatedTo(ChronoUnit.MICROS);
      } catch (DateTimeParseException e) {
        errors.add(
            new Violation("updated_at", "must be an ISO-8601 instant (got \"" + updated + "\")"));
      }
    }
    return new Parsed(t.withState(state), updatedAt, errors);
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
