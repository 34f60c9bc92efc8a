package org.sightline.app.transfers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.review.RecordWrites;
import org.sightline.app.review.RecordWrites.ProposalRef;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.json.Json;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Source;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.FieldType.TextInput;
import org.sightline.core.schema.TransferSchema;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write side of the transfers API; the rules are {@link PublicationWorkflow}'s. Contributors
 * create drafts and change records, reviewers publish and retract them; every write is a revision
 * carrying the signed-in username, the time and the reason.
 *
 * <p>A change to a published record (PUT, or a new source) does not touch it: it is stored as a
 * pending proposal (202 Accepted, with the proposal's id) and the published version stays public
 * until a reviewer approves the proposal ({@code POST /api/v1/proposals/{id}/approve}).
 */
@RestController
@RequestMapping(path = "/api/v1/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
class TransferWrites extends RecordWrites<TransferWrites.WriteResult> {
  private final Register register;
  private final TransferViews views;
  private final DraftTransfers drafts;

  TransferWrites(
      Register register, TransferViews views, PublicationWorkflow workflow, DraftTransfers drafts) {
    super(workflow, EntityType.TRANSFER);
    this.register = register;
    this.views = views;
    this.drafts = drafts;
  }

  /**
   * A record after a write: its id, workflow state, revision number and contract JSON, and the
   * pending proposal when the change awaits review.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WriteResult(
      String id, String state, int revision, Object transfer, ProposalRef proposal) {}

  @Operation(summary = "Create a draft transfer (contributor); the id is generated when absent")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WriteResult> create(@RequestBody String body) {
    String id =
        drafts.create(object(body), Roles.currentUser(Role.CONTRIBUTOR), "created as a draft");
    return ResponseEntity.status(HttpStatus.CREATED).body(result(id, null));
  }

  @Operation(
      summary =
          "Add a source {url, publisher, date, evidence} to a transfer (contributor): in place on a"
              + " draft or a record in review, as a pending proposal (202) on a published one")
  @PostMapping(path = "/{id}/sources", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WriteResult> addSource(@PathVariable String id, @RequestBody String body) {
    requireExisting(id);
    Map<?, ?> plain = (Map<?, ?>) Json.toPlain(object(body));
    List<Violation> problems = new ArrayList<>();
    Source source = TransferSchema.SOURCE.fromPlain(plain, TextInput.STRIPPED, problems);
    Object reason = plain.get("reason");
    if (reason != null && !(reason instanceof String)) {
      problems.add(new Violation("reason", "must be a string"));
    }
    if (!problems.isEmpty()) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "a source is {url, publisher, date, evidence}, all strings",
          problems);
    }
    return answer(
        workflow.addSource(id, source, Roles.currentUser(Role.CONTRIBUTOR), (String) reason),
        this::result);
  }

  @Override
  protected void requireExisting(String id) {
    existing(id);
  }

  @Override
  protected PublicationWorkflow.Written change(
      String id, ObjectNode body, String author, String reason) {
    return workflow.change(id, DraftTransfers.parse(body), author, reason);
  }

  private StoredTransfer existing(String id) {
    return register
        .findTransfer(id, Visibility.REVIEWER)
        .orElseThrow(() -> new NotFoundException("no transfer with id '" + id + "'"));
  }

  @Override
  protected WriteResult result(String id, ProposalRef proposal) {
    StoredTransfer stored = existing(id);
    return new WriteResult(
        id, stored.transfer().state().key(), stored.revision(), views.view(stored), proposal);
  }
}
