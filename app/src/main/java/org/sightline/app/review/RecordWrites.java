package org.sightline.app.review;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.function.BiFunction;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.json.Json;
import org.sightline.core.model.EntityType;
import org.sightline.core.registry.Violation;
import org.sightline.store.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the write APIs of transfers and organizations share: reading a record's JSON body, the
 * change (PUT) and the workflow steps (submit, publish, retract) of {@link PublicationWorkflow},
 * and answering a write, 200 with the record or 202 with the proposal that awaits review. A
 * subclass is the {@code @RestController} of one entity type's path; the handlers here are mapped
 * below it.
 *
 * @param <R> what a write answers: the record's id, state, revision and JSON, and the proposal
 */
public abstract class RecordWrites<R> {
  protected final PublicationWorkflow workflow;
  private final EntityType type;

  protected RecordWrites(PublicationWorkflow workflow, EntityType type) {
    this.workflow = workflow;
    this.type = type;
  }

  /** Refuses with 404 an id that names no record of this type (in any state). */
  protected abstract void requireExisting(String id);

  /** Changes the record through the workflow; the body has the address's id, no reason. */
  protected abstract PublicationWorkflow.Written change(
      String id, ObjectNode body, String author, String reason);

  /** The answer to a write of this record, with the pending proposal when there is one. */
  protected abstract R result(String id, ProposalRef proposal);

  @Operation(
      summary =
          "Change a record (contributor): drafts and records in review change in place; a change"
              + " to a published one becomes a pending proposal (202) and the record stays as it"
              + " is until a reviewer approves it. An optional \"reason\" says why.")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<R> update(@PathVariable String id, @RequestBody String body) {
    requireExisting(id);
    ObjectNode node = object(body);
    String reason = takeReason(node, id);
    return answer(change(id, node, Roles.currentUser(Role.CONTRIBUTOR), reason), this::result);
  }

  @Operation(summary = "Submit a draft for review (contributor)")
  @PostMapping("/{id}/submit")
  public R submit(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    workflow.submit(type, id, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason));
    return result(id, null);
  }

  @Operation(summary = "Publish a record in review (reviewer, not its last editor)")
  @PostMapping("/{id}/publish")
  public R publish(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    workflow.publish(type, id, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason));
    return result(id, null);
  }

  @Operation(summary = "Retract a published record with a reason (reviewer)")
  @PostMapping("/{id}/retract")
  public R retract(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    workflow.retract(type, id, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason));
    return result(id, null);
  }

  /** A pending proposal: approve or reject it under /api/v1/proposals/{id}. */
  public record ProposalRef(long id, String status) {}

  /** The JSON object a write sends; anything else is refused field by field. */
  protected static ObjectNode object(String body) {
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
  private static String takeReason(ObjectNode node, String id) {
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
  protected static <T> ResponseEntity<T> answer(
      PublicationWorkflow.Written written, BiFunction<String, ProposalRef, T> result) {
    if (written.proposed()) {
      return ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(result.apply(written.id(), new ProposalRef(written.proposalId(), "pending")));
    }
    return ResponseEntity.ok(result.apply(written.id(), null));
  }
}
