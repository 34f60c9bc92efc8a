package org.sightline.store.json;

import org.sightline.core.model.Organization;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of an organization, as kept in revision snapshots (and usable by the web API). */
public final class OrganizationJson {
  private OrganizationJson() {}

  /** {id, name, aliases, country, kind, parent, note, source_url, state}, keys in this order. */
  public static ObjectNode toJson(Organization o) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("id", o.id());
    n.put("name", o.name());
    ArrayNode aliases = n.putArray("aliases");
    o.aliases().forEach(aliases::add);
    n.put("country", o.country());
    n.put("kind", o.kind() == null ? null : o.kind().key());
    n.put("parent", o.parent());
    n.put("note", o.note());
    n.put("source_url", o.sourceUrl());
    n.put("state", o.state().key());
    return n;
  }

  /** Canonical snapshot text, hashed into {@code content_hash}. */
  public static String snapshot(Organization o) {
    return TransferJson.mapper().writeValueAsString(toJson(o));
  }
}
