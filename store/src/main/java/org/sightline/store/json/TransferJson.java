package org.sightline.store.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.registry.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one mapping between a transfer and the contract's Transfer JSON, used by the JSON Lines
 * import/export, the revision snapshots and the web API, so all of them show the same shape:
 *
 * <pre>{id, supplier_orgs:[{id,name,aliases?}], supplier_country, recipient_country, end_user,
 * technologies:[key], status, year_start, year_end, value:{amount,currency}|null,
 * financing:{lender,amount,currency}|null, summary, sources:[{url,publisher,date,evidence}],
 * updated_at}</pre>
 *
 * Keys always appear in this order and absent facts are {@code null}, so the output is
 * deterministic; amounts are plain numbers (240000000, never 2.4E+8).
 */
public final class TransferJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TransferJson() {}

  /**
   * The contract's JSON for one stored transfer, with the time of its last change ({@code
   * updated_at}, null when unknown). Takes the parts of a stored transfer rather than the
   * register's {@code StoredTransfer} so that this mapping depends on the core model only and the
   * register can use it for its snapshots without a package cycle.
   */
  public static ObjectNode toJson(Transfer transfer, Instant updatedAt) {
    ObjectNode node = body(transfer);
    node.put("updated_at", updatedAt == null ? null : updatedAt.toString());
    return node;
  }

  /** The same JSON as a plain ordered map, for serialisers that prefer maps. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> toMap(Transfer transfer, Instant updatedAt) {
    return MAPPER.convertValue(toJson(transfer, updatedAt), LinkedHashMap.class);
  }

  /** One JSON Lines line (no line terminator). */
  public static String toLine(Transfer transfer, Instant updatedAt) {
    return MAPPER.writeValueAsString(toJson(transfer, updatedAt));
  }

  /**
   * The canonical JSON kept in revision snapshots and hashed into {@code content_hash}: the
   * contract shape plus the publication {@code state}, without {@code updated_at} (the time of a
   * change is not part of what the record says).
   */
  public static String snapshot(Transfer transfer) {
    ObjectNode node = body(transfer);
    node.put("state", transfer.state().key());
    return MAPPER.writeValueAsString(node);
  }

  static JsonMapper mapper() {
    return MAPPER;
  }

  private static ObjectNode body(Transfer t) {
    ObjectNode n = NODES.objectNode();
    n.put("id", t.id());
    ArrayNode orgs = n.putArray("supplier_orgs");
    for (OrganizationRef ref : t.supplierOrgs()) {
      ObjectNode o = orgs.addObject();
      o.put("id", ref.id());
      o.put("name", ref.name());
      if (!ref.aliases().isEmpty()) {
        ArrayNode aliases = o.putArray("aliases");
        ref.aliases().forEach(aliases::add);
      }
    }
    n.put("supplier_country", t.supplierCountry());
    n.put("recipient_country", t.recipientCountry());
    n.put("end_user", t.endUser());
    ArrayNode tech = n.putArray("technologies");
    t.technologies().forEach(c -> tech.add(c.key()));
    n.put("status", t.status() == null ? null : t.status().key());
    n.put("year_start", t.yearStart());
    n.put("year_end", t.yearEnd());
    if (t.value() == null) {
      n.putNull("value");
    } else {
      ObjectNode v = n.putObject("value");
      v.put("amount", t.value().amount());
      v.put("currency", t.value().currency());
    }
    if (t.financing() == null) {
      n.putNull("financing");
    } else {
      ObjectNode f = n.putObject("financing");
      f.put("lender", t.financing().lender());
      f.put("amount", t.financing().amount());
      f.put("currency", t.financing().currency());
    }
    n.put("summary", t.summary());
    ArrayNode sources = n.putArray("sources");
    for (Source s : t.sources()) {
      ObjectNode o = sources.addObject();
      o.put("url", s.url());
      o.put("publisher", s.publisher());
      o.put("date", s.date());
      o.put("evidence", s.evidence());
    }
    return n;
  }

  /** A transfer read from JSON, or the format problems that kept it from being read. */
  public record Parsed(Transfer transfer, Instant updatedAt, List<Violation> violations) {
    public boolean ok() {
      return violations.isEmpty();
    }
  }

  /** Parses one JSON Lines line; never throws for bad content, it reports violations instead. */
  public static Parsed parseLine(String line) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JacksonException e) {
      String msg = e.getOriginalMessage();
      return new Parsed(
          null, null, List.of(new Violation("json", "is not valid JSON: " + firstLine(msg))));
    }
    return parse(node);
  }

  /**
   * Reads the contract shape. Also accepts {@code state} (a publication state key; default
   * published) so that snapshots and drafts can be read back.
   */
  public static Parsed parse(JsonNode n) {
    List<Violation> errors = new ArrayList<>();
    if (n == null || !n.isObject()) {
      return new Parsed(null, null, List.of(new Violation("json", "a line must be a JSON object")));
    }
    String id = text(n, "id", errors);
    List<OrganizationRef> orgs = new ArrayList<>();
    JsonNode orgsNode = n.get("supplier_orgs");
    if (orgsNode != null && !orgsNode.isNull()) {
      if (!orgsNode.isArray()) {
        errors.add(new Violation("supplier_orgs", "must be an array"));
      } else {
        for (JsonNode o : orgsNode) {
          if (!o.isObject()) {
            errors.add(new Violation("supplier_orgs", "entries must be objects"));
            continue;
          }
          orgs.add(
              new OrganizationRef(
                  text(o, "id", errors),
                  text(o, "name", errors),
                  strings(o, "aliases", "supplier_orgs.aliases", errors)));
        }
      }
    }
    List<TechnologyCategory> techs = new ArrayList<>();
    for (String key : strings(n, "technologies", "technologies", errors)) {
      TechnologyCategory.fromKey(key)
          .ifPresentOrElse(
              techs::add,
              () ->
                  errors.add(new Violation("technologies", "unknown technology \"" + key + "\"")));
    }
    TransferStatus status = null;
    String statusKey = text(n, "status", errors);
    if (statusKey != null) {
      status = TransferStatus.fromKey(statusKey).orElse(null);
      if (status == null) {
        errors.add(new Violation("status", "unknown status \"" + statusKey + "\""));
      }
    }
    Money value = null;
    JsonNode v = n.get("value");
    if (v != null && !v.isNull()) {
      if (!v.isObject()) {
        errors.add(new Violation("value", "must be an object {amount, currency} or null"));
      } else {
        BigDecimal amount = amount(v, "amount", "value_amount", errors);
        String currency = text(v, "currency", errors);
        if (amount != null) {
          value = new Money(amount, currency);
        } else if (currency != null) {
          errors.add(new Violation("value_amount", "a currency is given without an amount"));
        }
      }
    }
    Financing financing = null;
    JsonNode f = n.get("financing");
    if (f != null && !f.isNull()) {
      if (!f.isObject()) {
        errors.add(new Violation("financing", "must be an object {lender, amount, currency}"));
      } else {
        String lender = text(f, "lender", errors);
        BigDecimal amount = amount(f, "amount", "financing_amount", errors);
        String currency = text(f, "currency", errors);
        if (lender != null || amount != null || currency != null) {
          financing = new Financing(lender, amount, currency);
        }
      }
    }
    List<Source> sources = new ArrayList<>();
    JsonNode sourcesNode = n.get("sources");
    if (sourcesNode != null && !sourcesNode.isNull()) {
      if (!sourcesNode.isArray()) {
        errors.add(new Violation("sources", "must be an array"));
      } else {
        for (JsonNode s : sourcesNode) {
          if (!s.isObject()) {
            errors.add(new Violation("sources", "entries must be objects"));
            continue;
          }
          sources.add(
              new Source(
                  text(s, "url", errors),
                  text(s, "publisher", errors),
                  text(s, "date", errors),
                  text(s, "evidence", errors)));
        }
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
    Instant updatedAt = null;
    String updated = text(n, "updated_at", errors);
    if (updated != null) {
      try {
        updatedAt = Instant.parse(updated).truncatedTo(ChronoUnit.MICROS);
      } catch (DateTimeParseException e) {
        errors.add(
            new Violation("updated_at", "must be an ISO-8601 instant (got \"" + updated + "\")"));
      }
    }
    Transfer t =
        new Transfer(
            id,
            orgs,
            text(n, "supplier_country", errors),
            text(n, "recipient_country", errors),
            text(n, "end_user", errors),
            techs,
            status,
            year(n, "year_start", errors),
            year(n, "year_end", errors),
            value,
            financing,
            text(n, "summary", errors),
            sources,
            state);
    return new Parsed(t, updatedAt, errors);
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
    String s = v.stringValue();
    return s.isEmpty() ? null : s;
  }

  private static List<String> strings(
      JsonNode n, String field, String label, List<Violation> errors) {
    JsonNode v = n.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      errors.add(new Violation(label, "must be an array of strings"));
      return out;
    }
    for (JsonNode e : v) {
      if (!e.isString()) {
        errors.add(new Violation(label, "must be an array of strings"));
      } else if (!e.stringValue().isEmpty()) {
        out.add(e.stringValue());
      }
    }
    return out;
  }

  private static Integer year(JsonNode n, String field, List<Violation> errors) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isString()) {
      return Values.year(field, v.stringValue(), errors);
    }
    errors.add(new Violation(field, "must be a whole number (got " + v + ")"));
    return null;
  }

  private static BigDecimal amount(JsonNode n, String field, String label, List<Violation> errors) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return Values.checkAmount(label, v.decimalValue(), errors);
    }
    if (v.isString()) {
      return Values.amount(label, v.stringValue(), errors);
    }
    errors.add(new Violation(label, "must be a number (got " + v + ")"));
    return null;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
