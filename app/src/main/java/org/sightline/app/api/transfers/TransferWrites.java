package org.sightline.app.api.transfers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.security.Roles;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write side of the transfers API and its review workflow: draft → in review → published →
 * retracted. Contributors create and change records, reviewers publish and retract them; every
 * write is a revision carrying the signed-in username, the time and the reason.
 *
 * <p>Kept simple on purpose: changing a published record sends it back to review (it leaves the
 * public register until a reviewer publishes it again). A reviewer may not publish a record whose
 * last content change they made ({@code sightline.review.two-person-rule}, on by default), and a
 * published record needs a source with an evidence quote.
 */
@RestController
@RequestMapping(path = "/api/v1/transfers", produces = MediaType.APPLICATION_JSON_VALUE)
class TransferWrites {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> CONTENT_ACTIONS = List.of("create", "update");

  private final Register register;
  private final RegisterWriter writer;
  private final TransferViews views;
  private final DraftTransfers drafts;
  private final boolean twoPersonRule;

  TransferWrites(
      Register register,
      RegisterWriter writer,
      TransferViews views,
      DraftTransfers drafts,
      @Value("${sightline.review.two-person-rule:true}") boolean twoPersonRule) {
    this.register = register;
    this.writer = writer;
    this.views = views;
    this.drafts = drafts;
    this.twoPersonRule = twoPersonRule;
  }

  /** A record after a write: its id, workflow state, revision number and contract JSON. */
  record WriteResult(String id, String state, int revision, Object transfer) {}

  /** Field-level reasons a request was refused. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Rejection(String error, String message, List<Violation> violations) {}

  /** The body of publish, submit and retract. */
  record Reason(String reason) {}

  static final class Rejected extends RuntimeException {
    final HttpStatus status;
    final String error;
    final List<Violation> violations;

    Rejected(HttpStatus status, String error, String message, List<Violation> violations) {
      super(message);
      this.status = status;
      this.error = error;
      this.violations = violations;
    }
  }

  @Operation(summary = "Create a draft transfer (contributor); the id is generated when absent")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WriteResult> create(@RequestBody String body) {
    ObjectNode node = object(body);
    String id;
    try {
      id = drafts.create(node, author(), "created as a draft");
    } catch (DraftTransfers.Refused e) {
      throw refused(e);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(result(id));
  }

  @Operation(
      summary =
          "Change a transfer (contributor); a published one goes back to review until republished")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  WriteResult update(@PathVariable String id, @RequestBody String body) {
    StoredTransfer stored = existing(id);
    ObjectNode node = object(body);
    if (node.hasNonNull("id") && !id.equals(node.get("id").asString())) {
      throw new Rejected(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "the record is invalid",
          List.of(new Violation("id", "must match the id in the address ('" + id + "')")));
    }
    node.put("id", id);
    PublicationState current = stored.transfer().state();
    PublicationState next =
        current == PublicationState.PUBLISHED ? PublicationState.IN_REVIEW : current;
    Transfer changed = valid(node, next);
    writer.saveTransfers(
        List.of(changed),
        author(),
        current == PublicationState.PUBLISHED
            ? "changed after publication; back to review"
            : "changed");
    return result(id);
  }

  @Operation(summary = "Submit a draft for review (contributor)")
  @PostMapping("/{id}/submit")
  WriteResult submit(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    StoredTransfer stored = existing(id);
    requireState(stored, PublicationState.DRAFT, PublicationState.RETRACTED);
    writer.setTransferState(
        id, PublicationState.IN_REVIEW, author(), reasonOr(reason, "submitted for review"));
    return result(id);
  }

  @Operation(summary = "Publish a transfer in review (reviewer, not its last editor)")
  @PostMapping("/{id}/publish")
  WriteResult publish(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    StoredTransfer stored = existing(id);
    requireState(stored, PublicationState.IN_REVIEW);
    boolean evidenced =
        stored.transfer().sources().stream()
            .map(Source::evidence)
            .anyMatch(e -> e != null && !e.isBlank());
    if (!evidenced) {
      throw new Rejected(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "a published transfer needs at least one source with an evidence quote",
          List.of(new Violation("sources", "at least one source needs an evidence quote")));
    }
    String author = author();
    if (twoPersonRule && author.equals(lastEditor(id))) {
      throw new Rejected(
          HttpStatus.FORBIDDEN,
          "two_person_rule",
          "you made the last change to this record; another reviewer must publish it",
          List.of());
    }
    writer.setTransferState(id, PublicationState.PUBLISHED, author, reasonOr(reason, "published"));
    return result(id);
  }

  @Operation(summary = "Retract a published transfer with a reason (reviewer)")
  @PostMapping("/{id}/retract")
  WriteResult retract(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    StoredTransfer stored = existing(id);
    requireState(stored, PublicationState.PUBLISHED);
    if (reason == null || reason.reason() == null || reason.reason().isBlank()) {
      throw new Rejected(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "a retraction needs a reason",
          List.of(new Violation("reason", "is required")));
    }
    writer.retractTransfer(id, author(), reason.reason().strip());
    return result(id);
  }

  @ExceptionHandler(Rejected.class)
  ResponseEntity<Rejection> rejected(Rejected e) {
    return ResponseEntity.status(e.status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Rejection(e.error, e.getMessage(), e.violations));
  }

  private String lastEditor(String id) {
    String last = null;
    for (Revision r : register.history(RegisterWriter.TRANSFER, id)) {
      if (CONTENT_ACTIONS.contains(r.action())) {
        last = r.author();
      }
    }
    return last;
  }

  private static ObjectNode object(String body) {
    JsonNode node;
    try {
      node = body == null ? null : JSON.readTree(body);
    } catch (JacksonException e) {
      throw new Rejected(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "the body is not valid JSON",
          List.of(new Violation("json", "is not valid JSON")));
    }
    if (!(node instanceof ObjectNode object)) {
      throw new Rejected(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "the body must be a JSON object",
          List.of(new Violation("json", "must be an object")));
    }
    return object;
  }

  /** Reads the contract shape and applies the register's rules; the state is the server's. */
  private Transfer valid(ObjectNode node, PublicationState state) {
    try {
      return drafts.validate(node, state);
    } catch (DraftTransfers.Refused e) {
      throw refused(e);
    }
  }

  private static Rejected refused(DraftTransfers.Refused e) {
    return e.conflict()
        ? new Rejected(HttpStatus.CONFLICT, "conflict", e.getMessage(), List.of())
        : new Rejected(HttpStatus.BAD_REQUEST, "validation_failed", e.getMessage(), e.violations());
  }

  private StoredTransfer existing(String id) {
    return register
        .findTransfer(id, Visibility.REVIEWER)
        .orElseThrow(() -> new NotFoundException("no transfer with id '" + id + "'"));
  }

  private static void requireState(StoredTransfer stored, PublicationState... allowed) {
    PublicationState state = stored.transfer().state();
    for (PublicationState a : allowed) {
      if (a == state) {
        return;
      }
    }
    throw new Rejected(
        HttpStatus.CONFLICT,
        "conflict",
        "transfer '"
            + stored.transfer().id()
            + "' is "
            + state.key()
            + "; this step needs it "
            + String.join(
                " or ", java.util.Arrays.stream(allowed).map(PublicationState::key).toList()),
        List.of());
  }

  private static String reasonOr(Reason reason, String fallback) {
    return reason == null || reason.reason() == null || reason.reason().isBlank()
        ? fallback
        : reason.reason().strip();
  }

  private static String author() {
    String name = Roles.currentUsername();
    if (name == null || !Roles.currentHas(Role.CONTRIBUTOR)) {
      // The security rules let no one here without a role; this is a second lock.
      throw new IllegalStateException("a write without a signed-in contributor");
    }
    return name;
  }

  private WriteResult result(String id) {
    StoredTransfer stored = existing(id);
    return new WriteResult(
        id, stored.transfer().state().key(), stored.revision(), views.view(stored));
  }
}
