package org.sightline.app.extraction;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edit form of a candidate: every field as the reviewer typed it. Numbers stay text here so
 * that "about 2019" is reported against its field by the register's rules instead of failing the
 * binding. Supplier organizations are one per line.
 */
record DraftForm(
    String supplierOrgs,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<String> technologies,
    String status,
    String yearStart,
    String yearEnd,
    String valueAmount,
    String valueCurrency,
    String financingLender,
    String financingAmount,
    String financingCurrency,
    String summary,
    String sourceUrl,
    String sourcePublisher,
    String sourceDate,
    String evidence) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  DraftForm {
    technologies = technologies == null ? List.of() : List.copyOf(technologies);
  }

  /** The form prefilled from a draft in the contract's JSON. */
  static DraftForm of(JsonNode d) {
    List<String> orgs = new ArrayList<>();
    for (JsonNode o : d.path("supplier_orgs")) {
      orgs.add(o.path("name").asString(""));
    }
    List<String> tech = new ArrayList<>();
    for (JsonNode t : d.path("technologies")) {
      tech.add(t.asString());
    }
    JsonNode source = d.path("sources").path(0);
    return new DraftForm(
        String.join("\n", orgs),
        str(d.get("supplier_country")),
        str(d.get("recipient_country")),
        str(d.get("end_user")),
        tech,
        str(d.get("status")),
        str(d.get("year_start")),
        str(d.get("year_end")),
        str(d.path("value").get("amount")),
        str(d.path("value").get("currency")),
        str(d.path("financing").get("lender")),
        str(d.path("financing").get("amount")),
        str(d.path("financing").get("currency")),
        str(d.get("summary")),
        str(source.get("url")),
        str(source.get("publisher")),
        str(source.get("date")),
        str(source.get("evidence")));
  }

  /** The contract JSON of this form; the register's rules judge it (see DraftTransfers). */
  ObjectNode toJson() {
    ObjectNode d = JSON.createObjectNode();
    ArrayNode orgs = d.putArray("supplier_orgs");
    if (supplierOrgs != null) {
      supplierOrgs
          .lines()
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(name -> orgs.addObject().put("name", name));
    }
    d.put("supplier_country", upper(supplierCountry));
    d.put("recipient_country", upper(recipientCountry));
    d.put("end_user", clean(endUser));
    ArrayNode tech = d.putArray("technologies");
    technologies.forEach(tech::add);
    d.put("status", clean(status));
    d.put("year_start", clean(yearStart));
    d.put("year_end", clean(yearEnd));
    if (clean(valueAmount) != null || clean(valueCurrency) != null) {
      ObjectNode v = d.putObject("value");
      v.put("amount", clean(valueAmount));
      v.put("currency", upper(valueCurrency));
    } else {
      d.putNull("value");
    }
    if (clean(financingLender) != null
        || clean(financingAmount) != null
        || clean(financingCurrency) != null) {
      ObjectNode f = d.putObject("financing");
      f.put("lender", clean(financingLender));
      f.put("amount", clean(financingAmount));
      f.put("currency", upper(financingCurrency));
    } else {
      d.putNull("financing");
    }
    d.put("summary", clean(summary));
    ObjectNode s = d.putArray("sources").addObject();
    s.put("url", clean(sourceUrl));
    s.put("publisher", clean(sourcePublisher));
    s.put("date", clean(sourceDate));
    s.put("evidence", clean(evidence));
    return d;
  }

  private static String str(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "";
    }
    return n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asString();
  }

  private static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String upper(String s) {
    String c = clean(s);
    return c == null ? null : c.toUpperCase(java.util.Locale.ROOT);
  }
}
