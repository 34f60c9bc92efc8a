package org.sightline.app.history;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.Roles;
import org.sightline.core.model.EntityType;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.Visibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-record history: every revision of a transfer or organization with its time, action, reason
 * and the names of the fields it changed. The public gets the history of published records only (a
 * draft's is 404, like the draft itself); authors appear as in {@link RecordHistory}.
 */
@RestController
record HistoryApi(Register register, RecordHistory history) {
  record HistoryView(
      @JsonProperty("entity_type") String entityType, String id, List<EntryView> revisions) {}

  record EntryView(
      int number,
      String at,
      String action,
      String by,
      String reason,
      @JsonProperty("changed_fields") List<String> changedFields) {
    static EntryView of(RecordHistory.Entry e) {
      return new EntryView(
          e.number(),
          e.at() == null ? null : e.at().toString(),
          e.action(),
          e.by(),
          e.reason(),
          e.changedFields());
    }
  }

  @Operation(summary = "Revisions of a published transfer, oldest first (reviewers: any state)")
  @GetMapping(path = "/api/v1/transfers/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
  HistoryView transfer(@PathVariable String id) {
    if (register.findTransfer(id, visibility()).isEmpty()) {
      throw new NotFoundException("no published transfer with id '" + id + "'");
    }
    return view(EntityType.TRANSFER, id);
  }

  @Operation(summary = "Revisions of a published organization, oldest first (reviewers: any state)")
  @GetMapping(
      path = "/api/v1/organizations/{id}/history",
      produces = MediaType.APPLICATION_JSON_VALUE)
  HistoryView organization(@PathVariable String id) {
    if (register.findOrganization(id, visibility()).isEmpty()) {
      throw new NotFoundException("no published organization with id '" + id + "'");
    }
    return view(EntityType.ORGANIZATION, id);
  }

  private HistoryView view(EntityType type, String id) {
    return new HistoryView(
        type.key(), id, history.of(type, id).stream().map(EntryView::of).toList());
  }

  private static Visibility visibility() {
    return Roles.currentHas(Role.REVIEWER) ? Visibility.REVIEWER : Visibility.PUBLIC;
  }
}
