package org.sightline.store.json;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.PublicationState;
import org.sightline.core.registry.Violation;
import tools.jackson.databind.JsonNode;
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

  /** An organization read from JSON, or the format problems that kept it from being read. */
  public record Parsed(Organization organization, List<Violation> violations) {
    public boolean ok() {
      return violations.isEmpty();
    }
  }

  /**
   * Reads the shape of {@link #toJson}: the write API's bodies and the snapshots of revisions and
   * proposals. Never throws for bad content; {@code state} defaults to published.
   */
  public static Parsed parse(JsonNode n) {
    List<Violation> errors = new ArrayList<>();
    if (n == null || !n.isObject()) {
      return new Parsed(null, List.of(new Violation("json", "must be a JSON object")));
    }
    List<String> aliases = new ArrayList<>();
    JsonNode a = n.get("aliases");
    if (a != null && !a.isNull()) {
      if (!a.isArray()) {
        errors.add(new Violation("aliases", "must be an array of strings"));
      } else {
        for (JsonNode alias : a) {
          if (!alias.isString()) {
            errors.add(new Violation("aliases", "must be an array of strings"));
          } else if (!alias.stringValue().isBlank()) {
            aliases.add(alias.stringValue().strip());
          }
        }
      }
    }
    OrganizationKind kind = null;
    String kindKey = text(n, "kind", errors);
    if (kindKey != null) {
      kind = OrganizationKind.fromKey(kindKey).orElse(null);
      if (kind == null) {
        errors.add(new Violation("kind", "unknown kind \"" + kindKey + "\""));
      }
    }
    PublicationState state = PublicationState.PUBLISHED;
    String stateKey = text(n, "state", errors);
    if (stateKey != null) {
      state = PublicationState.fromKey(stateKey).orElse(null);
      if (state == null) {
        errors.add(new Violation("state", "unknown publication state \"" + stateKey + "\""));
      }
    }
    Organization o =
        new Organization(
            text(n, "id", errors),
            text(n, "name", errors),
            aliases,
            text(n, "country", errors),
            kind,
            text(n, "parent", errors),
            text(n, "note", errors),
            text(n, "source_url", errors),
            state);
    return new Parsed(o, errors);
  }

  private static String text(JsonNode n, String field, List<Violation> errors) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      errors.add(new Violation(field, "must be a string"));
      return null;
    }
    String s = v.stringValue().strip();
    return s.isEmpty() ? null : s;
  }
}
