package org.sightline.core.extract;

import org.sightline.core.json.Json;
import org.sightline.core.model.TechnologyCategory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON line of {@code extraction.md} for a candidate; the CLI prints one per line. */
public final class CandidateJson {
  private CandidateJson() {}

  public static ObjectNode toJson(String docId, Candidate c) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("doc_id", docId);
    ArrayNode orgs = o.putArray("supplier_orgs");
    c.supplierOrgs().forEach(orgs::add);
    o.put("supplier_country", c.supplierCountry());
    o.put("recipient_country", c.recipientCountry());
    o.put("end_user", c.endUser());
    ArrayNode tech = o.putArray("technologies");
    for (TechnologyCategory t : c.technologies()) {
      tech.add(t.key());
    }
    if (c.year() == null) {
      o.putNull("year");
    } else {
      o.put("year", c.year());
    }
    if (c.month() == null) {
      o.putNull("month");
    } else {
      o.put("month", c.month());
    }
    if (c.value() == null) {
      o.putNull("value");
    } else {
      ObjectNode v = o.putObject("value");
      v.put("amount", c.value().amount());
      v.put("currency", c.value().currency());
    }
    if (c.financing() == null) {
      o.putNull("financing");
    } else {
      ObjectNode f = o.putObject("financing");
      f.put("lender", c.financing().lender());
      if (c.financing().amount() == null) {
        f.putNull("amount");
      } else {
        f.put("amount", c.financing().amount());
      }
      f.put("currency", c.financing().currency());
    }
    o.put("status", c.status().key());
    o.put("confidence", c.confidence());
    ArrayNode ev = o.putArray("evidence");
    for (Evidence e : c.evidence()) {
      ObjectNode n = ev.addObject();
      n.put("text", e.text());
      n.put("start", e.start());
      n.put("end", e.end());
    }
    o.put("new_organization", c.newOrganization());
    return o;
  }

  /** One line of JSON (no trailing newline). */
  public static String toJsonLine(String docId, Candidate c) {
    return Json.MAPPER.writeValueAsString(toJson(docId, c));
  }
}
