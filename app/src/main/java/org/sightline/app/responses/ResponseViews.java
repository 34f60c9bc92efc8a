package org.sightline.app.responses;

import java.util.List;
import org.sightline.core.model.PublicationState;
import org.sightline.store.json.ResponseJson;
import org.sightline.store.registry.StoredResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * Responses as the API shows them: the store's {@link ResponseJson} shape; reviewers also get each
 * response's {@code state}. Who added a response is never shown.
 */
public final class ResponseViews {
  private ResponseViews() {}

  public static ObjectNode view(StoredResponse s, boolean withState) {
    ObjectNode node =
        ResponseJson.toJson(
            s.response(), s.state() == PublicationState.PUBLISHED ? s.updatedAt() : null);
    if (withState) {
      node.put("state", s.state().key());
    }
    return node;
  }

  public static List<ObjectNode> views(List<StoredResponse> responses, boolean withState) {
    return responses.stream().map(s -> view(s, withState)).toList();
  }
}
