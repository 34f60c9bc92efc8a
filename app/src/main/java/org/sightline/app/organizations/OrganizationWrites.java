package org.sightline.app.organizations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import org.sightline.app.review.PublicationWorkflow;
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
import org.springframework.web.bind.annotation.PostMapping;
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
class OrganizationWrites extends RecordWrites<OrganizationWrites.WriteResult> {
  private final Register register;

  OrganizationWrites(Register register, PublicationWorkflow workflow) {
    super(workflow, EntityType.ORGANIZATION);
    this.register = register;
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record WriteResult(
      String id, String state, int revision, Object organization, ProposalRef proposal) {}

  @Operation(summary = "Create a draft organization (contributor); the id is generated when absent")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<WriteResult> create(@RequestBody String body) {
    ObjectNode node = object(body);
    if (!node.hasNonNull("id")) {
      node.put("id", PublicationWorkflow.newOrganizationId());
    }
    node.remove("reason");
    Organization draft = parse(node);
    workflow.create(draft, Roles.currentUser(Role.CONTRIBUTOR));
    return ResponseEntity.status(HttpStatus.CREATED).body(result(draft.id(), null));
  }

  @Override
  protected PublicationWorkflow.Written change(
      String id, ObjectNode body, String author, String reason) {
    return workflow.change(id, parse(body), author, reason);
  }

  private static Organization parse(ObjectNode node) {
    node.put("state", PublicationState.DRAFT.key());
    OrganizationJson.Parsed parsed = OrganizationJson.parse(node);
    return WorkflowRefusal.valid(parsed.organization(), parsed.violations());
  }

  @Override
  protected void requireExisting(String id) {
    existing(id);
  }

  private StoredOrganization existing(String id) {
    return register
        .findOrganization(id, Visibility.REVIEWER)
        .orElseThrow(() -> new NotFoundException("no organization with id '" + id + "'"));
  }

  @Override
  protected WriteResult result(String id, ProposalRef proposal) {
    StoredOrganization stored = existing(id);
    return new WriteResult(
        id,
        stored.organization().state().key(),
        stored.revision(),
        OrganizationJson.toJson(stored.organization()),
        proposal);
  }
}
