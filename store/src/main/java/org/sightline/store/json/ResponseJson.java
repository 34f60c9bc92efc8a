package org.sightline.store.json;

import java.time.Instant;
import org.sightline.core.json.Json;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TransferResponse;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON shape of a response to a transfer, used by the API ({@code responses} of a Transfer)
 * and by revision snapshots:
 *
 * <pre>{id, transfer_id, responder_name, responder_kind, organization_id, country, date, text,
 * link, how_obtained, published_at}</pre>
 *
 * Keys always appear in this order and absent facts are {@code null}.
 */
public final class ResponseJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResponseJson() {}

  /** The public shape; {@code publishedAt} is the time it was last published (null if never). */
  public static ObjectNode toJson(TransferResponse r, Instant publishedAt) {
    ObjectNode n = body(r);
    n.put("published_at", publishedAt == null ? null : publishedAt.toString());
    return n;
  }

  /** What a revision keeps: the content plus the state, without timestamps. */
  public static String snapshot(TransferResponse r, PublicationState state) {
    ObjectNode n = body(r);
    n.put("state", state.key());
    return Json.MAPPER.writeValueAsString(n);
  }

  private static ObjectNode body(TransferResponse r) {
    ObjectNode n = NODES.objectNode();
    n.put("id", r.id());
    n.put("transfer_id", r.transferId());
    n.put("responder_name", r.responderName());
    n.put("responder_kind", r.responderKind() == null ? null : r.responderKind().key());
    n.put("organization_id", r.organizationId());
    n.put("country", r.country());
    n.put("date", r.date());
    n.put("text", r.text());
    n.put("link", r.link());
    n.put("how_obtained", r.howObtained());
    return n;
  }
}
