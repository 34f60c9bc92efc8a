package org.sightline.app.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.core.model.EntityType;
import org.sightline.store.accounts.Role;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposal;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.Visibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposed changes to published records: contributors list the pending ones (authors' usernames
 * included, so only for signed-in callers); reviewers decide them: approving applies the proposal
 * (the record stays published, with a new revision), rejecting needs a reason and leaves the record
 * as it is. Under the two-person rule nobody approves their own proposal.
 */
@RestController
@RequestMapping(path = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
record ProposalWrites(PublicationWorkflow workflow, Proposals proposals, Register register) {
  /** A proposal after the decision. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Decided(
      long id, String entityType, String entityId, String status, String decisionReason) {}

  /** A pending proposal with its field-by-field changes against the record as it is now. */
  record Pending(
      long id,
      String entityType,
      String entityId,
      String author,
      String reason,
      java.time.Instant createdAt,
      List<SnapshotDiff.FieldChange> changes) {}

  @Operation(
      summary =
          "Pending proposals, oldest first, each with its changes against the published record"
              + " (contributor)")
  @GetMapping
  List<Pending> pending() {
    List<Pending> out = new java.util.ArrayList<>();
    for (Proposal p : proposals.pending()) {
      String current =
          EntityType.TRANSFER.key().equals(p.entityType())
              ? register
                  .findTransfer(p.entityId(), Visibility.REVIEWER)
                  .map(st -> TransferJson.snapshot(st.transfer()))
                  .orElse(null)
              : register
                  .findOrganization(p.entityId(), Visibility.REVIEWER)
                  .map(so -> OrganizationJson.snapshot(so.organization()))
                  .orElse(null);
      out.add(
          new Pending(
              p.id(),
              p.entityType(),
              p.entityId(),
              p.author(),
              p.reason(),
              p.createdAt(),
              SnapshotDiff.between(current, p.snapshot())));
    }
    return out;
  }

  @Operation(summary = "Approve a proposed change to a published record (reviewer, not its author)")
  @PostMapping("/{id}/approve")
  Decided approve(@PathVariable long id, @RequestBody(required = false) Reason reason) {
    workflow.approve(id, Roles.currentUser(Role.REVIEWER), Reason.of(reason));
    return decided(id);
  }

  @Operation(summary = "Reject a proposed change with a reason (reviewer)")
  @PostMapping("/{id}/reject")
  Decided reject(@PathVariable long id, @RequestBody(required = false) Reason reason) {
    workflow.reject(id, Roles.currentUser(Role.REVIEWER), Reason.of(reason));
    return decided(id);
  }

  private Decided decided(long id) {
    Proposal p =
        proposals.find(id).orElseThrow(() -> new NotFoundException("no proposal with id " + id));
    return new Decided(p.id(), p.entityType(), p.entityId(), p.status().key(), p.decisionReason());
  }
}
