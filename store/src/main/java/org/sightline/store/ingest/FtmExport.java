package org.sightline.store.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.core.countries.Countries;
import org.sightline.core.json.Json;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published register as FollowTheMoney entities, one JSON object per line, ordered by id. The
 * mapping (documented in the README) takes each record to the closest FtM 3 schema:
 *
 * <ul>
 *   <li>agency → {@code PublicBody}; vendor, integrator, lender, investor → {@code Company}, with
 *       an {@code Ownership} from its parent when the parent is published
 *   <li>recipient country → {@code PublicBody} for its government ({@code country-XX}): FtM has no
 *       country schema, countries are property values
 *   <li>end user → {@code PublicBody} in the recipient country
 *   <li>transfer → {@code Contract} (authority: the end user, else the government), one {@code
 *       ContractAward} per supplier, and a {@code Debt} from lender to government when financed
 * </ul>
 */
public final class FtmExport {

  private final Register register;

  public FtmExport(Register register) {
    this.register = register;
  }

  /** Writes the entities; returns how many. */
  public long export(RegisterVersion version, OutputStream out) {
    Countries countries = Countries.bundled();
    Map<String, ObjectNode> entities = new TreeMap<>();
    Map<String, String> idByName = new HashMap<>();
    List<Organization> organizations = new ArrayList<>();
    for (StoredOrganization o : register.organizations(Visibility.PUBLIC)) {
      organizations.add(o.organization());
      idByName.put(key(o.organization().name()), o.organization().id());
      o.organization().aliases().forEach(a -> idByName.putIfAbsent(key(a), o.organization().id()));
    }
    for (Organization o : organizations) {
      ObjectNode p =
          entity(entities, o.id(), o.kind() == OrganizationKind.AGENCY ? "PublicBody" : "Company");
      add(p, "name", o.name());
      o.aliases().forEach(a -> add(p, "alias", a));
      add(p, "country", lower(o.country()));
      add(p, "notes", o.note());
      add(p, "sourceUrl", o.sourceUrl());
      String parent = o.parent() == null ? null : idByName.get(key(o.parent()));
      if (parent != null && o.kind() != OrganizationKind.AGENCY) {
        ObjectNode own = entity(entities, o.id() + "-owned-by-" + parent, "Ownership");
        add(own, "owner", parent);
        add(own, "asset", o.id());
        add(own, "role", "parent");
      }
      add(p, "publisher", "Sightline register " + version.version());
    }
    register.forEachTransfer(
        Visibility.PUBLIC,
        stored -> {
          Transfer t = stored.transfer();
          String country = t.recipientCountry();
          String government = "country-" + country;
          ObjectNode g = entity(entities, government, "PublicBody");
          if (!g.has("name")) {
            add(g, "name", "Government of " + countries.nameOf(country));
            add(g, "country", lower(country));
            add(g, "jurisdiction", lower(country));
          }
          String authority = government;
          if (t.endUser() != null) {
            authority = "enduser-" + country + "-" + slug(t.endUser());
            ObjectNode e = entity(entities, authority, "PublicBody");
            if (!e.has("name")) {
              add(e, "name", t.endUser());
              add(e, "country", lower(country));
            }
          }
          ObjectNode c = entity(entities, t.id(), "Contract");
          add(c, "name", "Transfer " + t.id());
          add(c, "title", t.summary() == null ? "Transfer " + t.id() : t.summary());
          add(c, "authority", authority);
          add(c, "country", lower(country));
          add(c, "status", t.status() == null ? null : t.status().key());
          t.technologies().forEach(k -> add(c, "keywords", k.key()));
          add(c, "summary", t.summary());
          if (t.value() != null) {
            add(c, "amount", t.value().amount().toPlainString());
            add(c, "currency", t.value().currency());
          }
          add(c, "contractDate", t.yearStart() == null ? null : t.yearStart().toString());
          for (Source s : t.sources()) {
            add(c, "sourceUrl", s.url());
            add(c, "publisher", s.publisher());
          }
          for (OrganizationRef s : t.supplierOrgs()) {
            String supplier = s.id() != null && entities.containsKey(s.id()) ? s.id() : null;
            if (supplier == null) {
              continue;
            }
            ObjectNode a = entity(entities, t.id() + "-award-" + supplier, "ContractAward");
            add(a, "contract", t.id());
            add(a, "supplier", supplier);
            add(a, "role", "supplier");
            add(a, "startDate", t.yearStart() == null ? null : t.yearStart().toString());
            add(a, "endDate", t.yearEnd() == null ? null : t.yearEnd().toString());
          }
          if (t.financing() != null && t.financing().lender() != null) {
            ObjectNode d = entity(entities, t.id() + "-debt", "Debt");
            add(d, "creditor", idByName.get(key(t.financing().lender())));
            add(d, "debtor", government);
            add(
                d,
                "description",
                "Financing of transfer " + t.id() + " by " + t.financing().lender());
            if (t.financing().amount() != null) {
              add(d, "amount", t.financing().amount().toPlainString());
              add(d, "currency", t.financing().currency());
            }
          }
        });
    try {
      for (ObjectNode e : entities.values()) {
        out.write(Json.MAPPER.writeValueAsString(e).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
    return entities.size();
  }

  /** The entity with this id ({@code properties} returned), created with the schema if new. */
  private static ObjectNode entity(Map<String, ObjectNode> entities, String id, String schema) {
    ObjectNode e =
        entities.computeIfAbsent(
            id, k -> Json.MAPPER.createObjectNode().put("id", k).put("schema", schema));
    return e.has("properties") ? (ObjectNode) e.get("properties") : e.putObject("properties");
  }

  private static void add(ObjectNode properties, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    ArrayNode values =
        properties.has(name) ? (ArrayNode) properties.get(name) : properties.putArray(name);
    for (var v : values) {
      if (v.asString().equals(value)) {
        return;
      }
    }
    values.add(value);
  }

  private static String lower(String code) {
    return code == null ? null : code.toLowerCase(Locale.ROOT);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String slug(String name) {
    String s = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? Integer.toHexString(name.hashCode()) : s;
  }
}
