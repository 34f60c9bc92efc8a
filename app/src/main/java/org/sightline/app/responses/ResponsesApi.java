package org.sightline.app.responses;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.sightline.app.review.Reason;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.json.Json;
import org.sightline.core.registry.Violation;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The right of reply over the API: contributors add responses to a transfer, reviewers publish and
 * retract them; the public sees published responses only (here and as {@code responses} of {@code
 * GET /api/v1/transfers/{id}}).
 *
 * <pre>POST /api/v1/transfers/{id}/responses
 * {responder_name, responder_kind: company|government|other, organization_id?, country?,
 *  date: YYYY-MM-DD, text, link?: http(s) URL, how_obtained?}</pre>
 */
@RestController
@RequestMapping(
    path = "/api/v1/transfers/{id}/responses",
    produces = MediaType.APPLICATION_JSON_VALUE)
record ResponsesApi(RightOfReply rightOfReply, Register register) {
  private static final List<String> FIELDS =
      List.of(
          "responder_name",
          "responder_kind",
          "organization_id",
          "country",
          "date",
          "text",
          "link",
          "how_obtained");

  @Operation(summary = "Responses to a transfer (the public: published ones of a published record)")
  @GetMapping
  List<ObjectNode> list(@PathVariable String id) {
    boolean reviewer = Roles.currentHas(Role.REVIEWER);
    Visibility visibility = reviewer ? Visibility.REVIEWER : Visibility.PUBLIC;
    if (register.findTransfer(id, visibility).isEmpty()) {
      throw new NotFoundException("no published transfer with id '" + id + "'");
    }
    return ResponseViews.views(rightOfReply.of(id, visibility), reviewer);
  }

  @Operation(summary = "Add a response from a named company or government (contributor)")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ObjectNode> add(@PathVariable String id, @RequestBody String body) {
    RightOfReply.Form form = form(body);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            ResponseViews.view(
                rightOfReply.add(id, form, Roles.currentUser(Role.CONTRIBUTOR)), true));
  }

  @Operation(summary = "Publish a response (reviewer who did not add it)")
  @PostMapping("/{responseId}/publish")
  ObjectNode publish(
      @PathVariable String id,
      @PathVariable String responseId,
      @RequestBody(required = false) Reason reason) {
    return ResponseViews.view(
        rightOfReply.publish(
            id, responseId, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason)),
        true);
  }

  @Operation(summary = "Retract a published response with a reason (reviewer)")
  @PostMapping("/{responseId}/retract")
  ObjectNode retract(
      @PathVariable String id,
      @PathVariable String responseId,
      @RequestBody(required = false) Reason reason) {
    return ResponseViews.view(
        rightOfReply.retract(
            id, responseId, Roles.currentUser(Role.CONTRIBUTOR), Reason.of(reason)),
        true);
  }

  private static RightOfReply.Form form(String body) {
    JsonNode node;
    try {
      node = body == null ? null : Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw invalid(new Violation("json", "is not valid JSON"));
    }
    if (!(node instanceof ObjectNode object)) {
      throw invalid(new Violation("json", "must be an object"));
    }
    List<Violation> violations = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String field : FIELDS) {
      JsonNode v = object.get(field);
      if (v == null || v.isNull()) {
        values.add(null);
      } else if (v.isString()) {
        values.add(v.asString());
      } else {
        violations.add(new Violation(field, "must be a string"));
        values.add(null);
      }
    }
    if (!violations.isEmpty()) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST, "validation_failed", "the response is invalid", violations);
    }
    return new RightOfReply.Form(
        values.get(0),
        values.get(1),
        values.get(2),
        values.get(3),
        values.get(4),
        values.get(5),
        values.get(6),
        values.get(7));
  }

  private static WorkflowRefusal invalid(Violation v) {
    return new WorkflowRefusal(
        HttpStatus.BAD_REQUEST, "validation_failed", "the body is not a response", List.of(v));
  }
}
