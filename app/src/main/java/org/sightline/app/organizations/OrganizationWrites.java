package org.sightline.app.organizations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.review.Reason;
import org.sightline.app.review.RecordWrites;
import org.sightline.app.review.RecordWrites.ProposalRef;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.Role;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write side of the organizations API, with the same workflow as transfers ({@link
 * PublicationWorkflow}): contributors create drafts, change them and submit them; reviewers publish
 * and retract; a change to a published organization is a pending proposal (202) until approved.
 *
 * <p>Body: {@code {id?, name, aliases:[..], country, kind, parent, note, source_url, reason?}}.
 */
@RestController
@RequestMapping(path = "/api/v1/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
class OrganizationWrites {
  private final Register register;
  private final PublicationWorkflow workflow;

  OrganizationWrites(Register register, PublicationWorkflow workflow) {
    this.register = register;
    this.workflow = workflow;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WriteResult(
      String id, String state, int revision, Object organization, ProposalRef proposal) {}

  @Operation(summary = "Create a draft organization (contributor); the id is generated when absent")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WriteResult> create(@RequestBody String body) {
    ObjectNode node = RecordWrites.object(body);
    if (!node.hasNonNull("id")) {
      node.put("id", PublicationWorkflow.newOrganizationId());
    }
    node.remove("reason");
    Organization draft = parse(node);
    workflow.create(draft, Roles.currentUser(Role.CONTRIBUTOR));
    return ResponseEntity.status(HttpStatus.CREATED).body(result(draft.id(), null));
  }

  @Operation(
      summary =
          "Change an organization (contributor): in place unless published; a change to a"
              + " published one becomes a pending proposal (202)")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WriteResult> update(@PathVariable String id, @RequestBody String body) {
    existing(id);
    ObjectNode node = RecordWrites.object(body);
    String reason = RecordWrites.takeReason(node, id);
    return RecordWrites.answer(
        workflow.change(id, parse(node), Roles.currentUser(Role.CONTRIBUTOR), reason),
        this::result);
  }

  @Operation(summary = "Submit a draft organization for review (contributor)")
  @PostMapping("/{id}/submit")
  WriteResult submit(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    workflow.submit(
        EntityType.ORGANIZATION, id, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason));
    return result(id, null);
  }

  @Operation(summary = "Publish an organization in review (reviewer, not its last editor)")
  @PostMapping("/{id}/publish")
  WriteResult publish(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    workflow.publish(
        EntityType.ORGANIZATION, id, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason));
    return result(id, null);
  }

  @Operation(summary = "Retract a published organization with a reason (reviewer)")
  @PostMapping("/{id}/retract")
  WriteResult retract(@PathVariable String id, @RequestBody(required = false) Reason reason) {
    workflow.retract(
        EntityType.ORGANIZATION, id, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason));
    return result(id, null);
  }

  private static Organization parse(ObjectNode node) {
    node.put("state", PublicationState.DRAFT.key());
    OrganizationJson.Parsed parsed = OrganizationJson.parse(node);
    if (!parsed.ok()) {
      throw WorkflowRefusal.invalid(parsed.violations());
    }
    return parsed.organization();
  }

  private StoredOrganization existing(String id) {
    return register
        .findOrganization(id, Visibility.REVIEWER)
        .orElseThrow(() -> new NotFoundException("no organization with id '" + id + "'"));
  }

  private WriteResult result(String id, ProposalRef proposal) {
    StoredOrganization stored = existing(id);
    return new WriteResult(
        id,
        stored.organization().state().key(),
        stored.revision(),
        OrganizationJson.toJson(stored.organization()),
        proposal);
  }
}
