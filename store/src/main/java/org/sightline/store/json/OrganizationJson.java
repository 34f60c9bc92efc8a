package org.sightline.store.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.json.Json;
import org.sightline.core.model.Organization;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.FieldType.TextInput;
import org.sightline.core.schema.OrganizationSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of an organization, as kept in revision snapshots and used by the web API: {@link
 * OrganizationSchema}'s fields in order, then {@code state}. Organizations arrive as JSON only
 * through the write API (CSV is their import format), so strings are read stripped of surrounding
 * white space, as the forms read them.
 */
public final class OrganizationJson {
  private OrganizationJson() {}

  /** {id, name, aliases, country, kind, parent, note, source_url, state}, keys in this order. */
  public static ObjectNode toJson(Organization o) {
    Map<String, Object> plain = OrganizationSchema.SCHEMA.toPlain(o);
    plain.put("state", o.state().key());
    return Json.toObject(plain);
  }

  /** Canonical snapshot text, hashed into {@code content_hash}. */
  public static String snapshot(Organization o) {
    return Json.MAPPER.writeValueAsString(toJson(o));
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
    if (n == null || !n.isObject()) {
      return new Parsed(null, List.of(new Violation("json", "must be a JSON object")));
    }
    Map<?, ?> plain = (Map<?, ?>) Json.toPlain(n);
    List<Violation> errors = new ArrayList<>();
    Organization o = OrganizationSchema.SCHEMA.fromPlain(plain, TextInput.STRIPPED, errors);
    return new Parsed(o.withState(RecordState.read(plain, TextInput.STRIPPED, errors)), errors);
  }
}
