package org.sightline.app.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.TransferResponse;
import org.sightline.core.registry.ResponseRules;
import org.sightline.core.registry.Violation;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredResponse;
import org.sightline.store.registry.TransferResponses;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The right-of-reply workflow, shared by the API and the transfer page's form: a contributor adds a
 * response (in review), a reviewer who did not add it publishes it, and a reviewer may retract it
 * with a reason. The same two-person rule as for transfers applies ({@code
 * sightline.review.two-person-rule}, on by default).
 */
@Component
public class ResponseWorkflow {
  private final Register register;
  private final TransferResponses responses;
  private final ResponseRules rules;
  private final boolean twoPersonRule;

  ResponseWorkflow(
      Register register,
      TransferResponses responses,
      Countries countries,
      @Value("${sightline.review.two-person-rule:true}") boolean twoPersonRule) {
    this.register = register;
    this.responses = responses;
    this.rules = new ResponseRules(countries);
    this.twoPersonRule = twoPersonRule;
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

  /** Why a step was refused: an HTTP status, a short error key, a sentence, field problems. */
  public static final class Rejected extends RuntimeException {
    private final HttpStatus status;
    private final String error;
    private final List<Violation> violations;

    Rejected(HttpStatus status, String error, String message, List<Violation> violations) {
      super(message);
      this.status = status;
      this.error = error;
      this.violations = violations;
    }

    public HttpStatus status() {
      return status;
    }

    public String error() {
      return error;
    }

    public List<Violation> violations() {
      return violations;
    }
  }

  /** Adds a response in review to an existing transfer (of any state). */
  public StoredResponse add(String transferId, Form form, String author) {
    requireTransfer(transferId);
    TransferResponse response =
        new TransferResponse(
            null,
            transferId,
            clean(form.responderName()),
            ResponderKind.fromKey(form.responderKind()).orElse(null),
            clean(form.organizationId()),
            upper(clean(form.country())),
            clean(form.date()),
            clean(form.text()),
            clean(form.link()),
            clean(form.howObtained()));
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
      throw new Rejected(
          HttpStatus.BAD_REQUEST, "validation_failed", "the response is invalid", violations);
    }
    return responses.add(response, author, "response added");
  }

  /** Publishes a response in review; its author may not (two-person rule). */
  public StoredResponse publish(
      String transferId, String responseId, String author, String reason) {
    StoredResponse stored = existing(transferId, responseId);
    if (stored.state() != PublicationState.IN_REVIEW) {
      throw conflict(stored, "in_review");
    }
    if (twoPersonRule && author.equals(stored.createdBy())) {
      throw new Rejected(
          HttpStatus.FORBIDDEN,
          "two_person_rule",
          "you added this response; another reviewer must publish it",
          List.of());
    }
    responses.setState(
        transferId, responseId, PublicationState.PUBLISHED, author, orElse(reason, "published"));
    return existing(transferId, responseId);
  }

  /** Retracts a published response; a reason is required (it stays in the history). */
  public StoredResponse retract(
      String transferId, String responseId, String author, String reason) {
    StoredResponse stored = existing(transferId, responseId);
    if (stored.state() != PublicationState.PUBLISHED) {
      throw conflict(stored, "published");
    }
    if (clean(reason) == null) {
      throw new Rejected(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "a retraction needs a reason",
          List.of(new Violation("reason", "is required")));
    }
    responses.setState(transferId, responseId, PublicationState.RETRACTED, author, reason.strip());
    return existing(transferId, responseId);
  }

  /** The responses of a transfer the caller may see. */
  public List<StoredResponse> of(String transferId, Visibility visibility) {
    return responses.ofTransfer(transferId, visibility);
  }

  private void requireTransfer(String transferId) {
    if (register.findTransfer(transferId, Visibility.REVIEWER).isEmpty()) {
      throw new Rejected(
          HttpStatus.NOT_FOUND, "not_found", "no transfer with id '" + transferId + "'", List.of());
    }
  }

  private StoredResponse existing(String transferId, String responseId) {
    return responses
        .find(transferId, responseId)
        .orElseThrow(
            () ->
                new Rejected(
                    HttpStatus.NOT_FOUND,
                    "not_found",
                    "transfer '" + transferId + "' has no response '" + responseId + "'",
                    List.of()));
  }

  private static Rejected conflict(StoredResponse stored, String needed) {
    return new Rejected(
        HttpStatus.CONFLICT,
        "conflict",
        "response '"
            + stored.response().id()
            + "' is "
            + stored.state().key()
            + "; this step needs it "
            + needed,
        List.of());
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }

  private static String orElse(String reason, String fallback) {
    String r = clean(reason);
    return r == null ? fallback : r;
  }
}
