package org.sightline.app.review;

import java.util.List;
import java.util.function.BiFunction;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.json.Json;
import org.sightline.core.registry.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the write APIs of transfers and organizations share: reading a record's JSON body and
 * answering a write, 200 with the record or 202 with the proposal that awaits review.
 */
public final class RecordWrites {
  private RecordWrites() {}

  /** A pending proposal: approve or reject it under /api/v1/proposals/{id}. */
  public record ProposalRef(long id, String status) {}

  /** The JSON object a write sends; anything else is refused field by field. */
  public static ObjectNode object(String body) {
    JsonNode node;
    try {
      node = body == null ? null : Json.readRecord(body);
    } catch (JacksonException e) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "the body is not valid JSON",
          List.of(new Violation("json", "is not valid JSON")));
    }
    if (!(node instanceof ObjectNode object)) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "the body must be a JSON object",
          List.of(new Violation("json", "must be an object")));
    }
    return object;
  }

  /**
   * Prepares the body of a PUT: its id, when given, must be the one in the address (which it then
   * gets), and its optional {@code reason} is taken out and returned.
   */
  public static String takeReason(ObjectNode node, String id) {
    if (node.hasNonNull("id") && !id.equals(node.get("id").asString())) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "the record is invalid",
          List.of(new Violation("id", "must match the id in the address ('" + id + "')")));
    }
    node.put("id", id);
    String reason = node.hasNonNull("reason") ? node.get("reason").asString() : null;
    node.remove("reason");
    return reason;
  }

  /** 200 with the record as written, or 202 with the pending proposal. */
  public static <T> ResponseEntity<T> answer(
      PublicationWorkflow.Written written, BiFunction<String, ProposalRef, T> result) {
    if (written.proposed()) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(result.apply(written.id(), new ProposalRef(written.proposalId(), "pending")));
    }
    return ResponseEntity.ok(result.apply(written.id(), null));
  }
}
