package org.sightline.app.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.TransferResponse;
import org.sightline.core.registry.ResponseRules;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.Checks;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredResponse;
import org.sightline.store.registry.TransferResponses;
import org.sightline.store.registry.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The right of reply, shared by the API and the transfer page's form: a contributor adds a response
 * (in review); publishing and retracting it are steps of the one {@link PublicationWorkflow}, so a
 * reviewer who did not add it publishes it and a reviewer may retract it with a reason.
 */
@Component
public class RightOfReply {
  private final Register register;
  private final TransferResponses responses;
  private final PublicationWorkflow workflow;
  private final ResponseRules rules;

  RightOfReply(
      Register register,
      TransferResponses responses,
      PublicationWorkflow workflow,
      Countries countries) {
    this.register = register;
    this.responses = responses;
    this.workflow = workflow;
    this.rules = new ResponseRules(countries);
  }

  /** A response as typed into the form or sent as JSON: every field a string, blank = absent. */
  public record Form(
      String responderName,
      String responderKind,
      String organizationId,
      String country,
      String date,
      String text,
      String link,
      String howObtained) {
    public static Form empty() {
      return new Form(null, "company", null, null, null, null, null, null);
    }
  }

  /** Adds a response in review to an existing transfer (of any state). */
  public StoredResponse add(String transferId, Form form, String author) {
    requireTransfer(transferId);
    TransferResponse response =
        new TransferResponse(
            null,
            transferId,
            Checks.blankToNull(form.responderName()),
            ResponderKind.fromKey(form.responderKind()).orElse(null),
            Checks.blankToNull(form.organizationId()),
            upper(Checks.blankToNull(form.country())),
            Checks.blankToNull(form.date()),
            Checks.blankToNull(form.text()),
            Checks.blankToNull(form.link()),
            Checks.blankToNull(form.howObtained()));
    List<Violation> violations = new ArrayList<>(rules.check(response));
    if (form.responderKind() != null
        && !form.responderKind().isBlank()
        && response.responderKind() == null) {
      violations.removeIf(v -> v.field().equals("responder_kind"));
      violations.add(
          new Violation(
              "responder_kind",
              "'" + form.responderKind().strip() + "' is not company, government or other"));
    }
    if (response.organizationId() != null
        && violations.stream().noneMatch(v -> v.field().equals("organization_id"))
        && register.findOrganization(response.organizationId(), Visibility.REVIEWER).isEmpty()) {
      violations.add(new Violation("organization_id", "no organization with this id"));
    }
    if (!violations.isEmpty()) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST, "validation_failed", "the response is invalid", violations);
    }
    return responses.add(response, author, "response added");
  }

  /** Publishes a response in review; its author may not (two-person rule). */
  public StoredResponse publish(
      String transferId, String responseId, String reviewer, String reason) {
    existing(transferId, responseId);
    workflow.publish(EntityType.RESPONSE, responseId, reviewer, reason);
    return existing(transferId, responseId);
  }

  /** Retracts a published response; a reason is required (it stays in the history). */
  public StoredResponse retract(
      String transferId, String responseId, String reviewer, String reason) {
    existing(transferId, responseId);
    workflow.retract(EntityType.RESPONSE, responseId, reviewer, reason);
    return existing(transferId, responseId);
  }

  /** The responses of a transfer the caller may see. */
  public List<StoredResponse> of(String transferId, Visibility visibility) {
    return responses.ofTransfer(transferId, visibility);
  }

  private void requireTransfer(String transferId) {
    if (register.findTransfer(transferId, Visibility.REVIEWER).isEmpty()) {
      throw new WorkflowRefusal(
          HttpStatus.NOT_FOUND, "not_found", "no transfer with id '" + transferId + "'", List.of());
    }
  }

  private StoredResponse existing(String transferId, String responseId) {
    return responses
        .find(transferId, responseId)
        .orElseThrow(
            () ->
                new WorkflowRefusal(
                    HttpStatus.NOT_FOUND,
                    "not_found",
                    "transfer '" + transferId + "' has no response '" + responseId + "'",
                    List.of()));
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
