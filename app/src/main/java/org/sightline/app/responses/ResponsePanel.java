package org.sightline.app.responses;

import java.util.List;
import org.sightline.app.web.Roles;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.StoredResponse;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * What the "Responses" panel of a transfer page shows, called from the {@code responses} template
 * fragment so the page controller needs no change: published responses for everyone, the form for
 * signed-in contributors, and responses awaiting review (with a publish button) for reviewers.
 */
@Component("responsePanel")
public record ResponsePanel(RightOfReply rightOfReply) {
  public List<StoredResponse> published(String transferId) {
    return rightOfReply.of(transferId, Visibility.PUBLIC);
  }

  /** Responses awaiting review; empty unless the reader is a reviewer. */
  public List<StoredResponse> pending(String transferId) {
    if (!canPublish()) {
      return List.of();
    }
    return rightOfReply.of(transferId, Visibility.REVIEWER).stream()
        .filter(s -> s.state() == PublicationState.IN_REVIEW)
        .toList();
  }

  public boolean canAdd() {
    return Roles.currentHas(Role.CONTRIBUTOR);
  }

  public boolean canPublish() {
    return Roles.currentHas(Role.REVIEWER);
  }

  public RightOfReply.Form emptyForm() {
    return RightOfReply.Form.empty();
  }

  public List<String> kinds() {
    return java.util.Arrays.stream(ResponderKind.values()).map(ResponderKind::key).toList();
  }

  public String kindLabel(ResponderKind kind) {
    return switch (kind) {
      case COMPANY -> "Company";
      case GOVERNMENT -> "Government";
      case OTHER -> "Other";
    };
  }
}
