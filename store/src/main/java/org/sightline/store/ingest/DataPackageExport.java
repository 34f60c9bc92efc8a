package org.sightline.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.core.json.Json;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.schema.FieldType;
import org.sightline.core.schema.FieldTypes;
import org.sightline.core.schema.OrganizationSchema;
import org.sightline.core.schema.RecordSchema;
import org.sightline.core.schema.TransferSchema;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published register as a Frictionless data package: {@code datapackage.json} describing three
 * CSV resources with a Table Schema each (field types, constraints, primary and foreign keys),
 * licence and sources. {@code transfers.csv} and {@code organizations.csv} are the same files as
 * the CSV exports; {@code transfer_suppliers.csv} links each transfer to its supplier organizations
 * by id, so the keys can be checked.
 */
public final class DataPackageExport {
  public static final String DESCRIPTOR = "datapackage.json";
  static final String TRANSFER_SUPPLIERS_CSV = "transfer_suppliers.csv";

  private final Register register;

  public DataPackageExport(Register register) {
    this.register = register;
  }

  /** Writes the package into {@code dir} (created if missing); returns the transfers written. */
  public long export(RegisterVersion version, Path dir) {
    try {
      Files.createDirectories(dir);
      Exporter exporter = new Exporter(register);
      long n = exporter.export(ExportFormat.CSV, dir.resolve(ReleaseBundle.TRANSFERS_CSV));
      exporter.exportOrganizations(dir.resolve(ReleaseBundle.ORGANIZATIONS_CSV));
      writeTransferSuppliers(dir.resolve(TRANSFER_SUPPLIERS_CSV));
      Files.writeString(
          dir.resolve(DESCRIPTOR),
          Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor(version))
              + "\n",
          StandardCharsets.UTF_8);
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the data package: " + e.getMessage(), e);
    }
  }

  /** One row per supplier of a published transfer; an unpublished organization stays unnamed. */
  private void writeTransferSuppliers(Path file) throws IOException {
    Set<String> published = new HashSet<>();
    for (StoredOrganization o : register.organizations(Visibility.PUBLIC)) {
      published.add(o.organization().id());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
      csv.printRecord("transfer_id", "position", "organization_id", "name");
      IOException[] failed = {null};
      register.forEachTransfer(
          Visibility.PUBLIC,
          t -> {
            int position = 1;
            for (OrganizationRef s : t.transfer().supplierOrgs()) {
              String id = s.id() != null && published.contains(s.id()) ? s.id() : "";
              try {
                csv.printRecord(t.transfer().id(), position++, id, s.name());
              } catch (IOException e) {
                failed[0] = e;
              }
            }
          });
      if (failed[0] != null) {
        throw failed[0];
      }
    }
  }

  private static ObjectNode descriptor(RegisterVersion version) {
    ObjectNode p = Json.MAPPER.createObjectNode();
    p.put("profile", "tabular-data-package");
    p.put("name", "sightline-register");
    p.put("id", "sightline-register-" + version.version());
    p.put("title", "Sightline: the global trade in surveillance technology");
    p.put(
        "description",
        "Published transfers of surveillance technology and the organizations behind them, as"
            + " the register stood at version "
            + version.version()
            + ".");
    p.put("sightline_register_version", version.version());
    if (version.asOf() != null) {
      p.put("created", version.asOf().toString());
    }
    ObjectNode licence = p.putArray("licenses").addObject();
    licence.put("name", "other-open");
    licence.put(
        "title",
        "The records are facts and may be reused freely; cite the original sources named in each"
            + " record and Sightline");
    ArrayNode sources = p.putArray("sources");
    sources
        .addObject()
        .put(
            "title",
            "Public reporting: news, NGO and academic research, lender and court records (each"
                + " transfer names its sources in source_url and second_source_url)");
    sources
        .addObject()
        .put("title", "Country names and codes: world-countries (ODbL 1.0)")
        .put("path", "https://github.com/mledoze/countries");
    ArrayNode resources = p.putArray("resources");
    transfers(resource(resources, "transfers", ReleaseBundle.TRANSFERS_CSV));
    organizations(resource(resources, "organizations", ReleaseBundle.ORGANIZATIONS_CSV));
    transferSuppliers(resource(resources, "transfer_suppliers", TRANSFER_SUPPLIERS_CSV));
    return p;
  }

  private static ObjectNode resource(ArrayNode resources, String name, String path) {
    ObjectNode r = resources.addObject();
    r.put("name", name).put("path", path).put("profile", "tabular-data-resource");
    r.put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8");
    ObjectNode schema = r.putObject("schema");
    schema.putArray("missingValues").add("");
    schema.putArray("fields");
    return schema;
  }

  private static ObjectNode field(ObjectNode schema, String name, String type, String about) {
    ObjectNode f = ((ArrayNode) schema.get("fields")).addObject();
    return f.put("name", name).put("type", type).put("description", about);
  }

  /**
   * What each column of {@code transfers.csv} holds. The columns, their order and the types and
   * constraints of their values come from the record schema; this adds only the prose.
   */
  private static final Map<String, String> TRANSFER_COLUMNS =
      Map.ofEntries(
          Map.entry("id", "the transfer's id"),
          Map.entry("supplier", "supplier names, separated by ';'"),
          Map.entry("supplier_aliases", "other names of the first supplier, ';'-separated"),
          Map.entry("supplier_country", "ISO 3166-1 alpha-2"),
          Map.entry("recipient_country", "ISO 3166-1 alpha-2"),
          Map.entry("end_user", "the agency using the technology"),
          Map.entry(
              "technologies",
              "technology keys, ';'-separated: " + keys(TechnologyCategory.values())),
          Map.entry("status", "the transfer's status"),
          Map.entry("year_start", "first year"),
          Map.entry("year_end", "last year"),
          Map.entry("value_amount", "contract value"),
          Map.entry("value_currency", "ISO 4217"),
          Map.entry("financing_lender", "the lender's name"),
          Map.entry("financing_amount", "amount lent"),
          Map.entry("financing_currency", "ISO 4217"),
          Map.entry("summary", "what was supplied, in Sightline's words"),
          Map.entry("source_url", "the page the record rests on"),
          Map.entry("source_publisher", "who published it"),
          Map.entry("source_date", "when (YYYY, YYYY-MM or YYYY-MM-DD)"),
          Map.entry("second_source_url", "a second source"));

  private static final Map<String, String> ORGANIZATION_COLUMNS =
      Map.of(
          "id", "the organization's id",
          "name", "name",
          "aliases", "other names, ';'-separated",
          "country", "ISO 3166-1 alpha-2",
          "kind", "role in the trade",
          "parent", "the parent organization's name",
          "note", "note",
          "source_url", "source");

  /** The columns every published row fills (the package promises no more than it always did). */
  private static final Set<String> TRANSFERS_REQUIRE = Set.of("id", "recipient_country");

  private static final Set<String> ORGANIZATIONS_REQUIRE = Set.of("id", "name");

  private static void transfers(ObjectNode s) {
    table(s, TransferSchema.SCHEMA, TRANSFER_COLUMNS, TRANSFERS_REQUIRE);
  }

  private static void organizations(ObjectNode s) {
    table(s, OrganizationSchema.SCHEMA, ORGANIZATION_COLUMNS, ORGANIZATIONS_REQUIRE);
  }

  /** One Table Schema field per CSV column of the record schema, typed by the column's values. */
  private static void table(
      ObjectNode s, RecordSchema<?> schema, Map<String, String> about, Set<String> required) {
    Map<String, FieldType<?>> columns = schema.columnTypes();
    if (!about.keySet().equals(columns.keySet())) {
      throw new IllegalStateException(
          "the data package describes the columns "
              + new TreeSet<>(about.keySet())
              + " but the "
              + schema.name()
              + " schema has "
              + new TreeSet<>(columns.keySet()));
    }
    columns.forEach(
        (column, type) -> {
          ObjectNode f = field(s, column, tableType(type), about.get(column));
          ObjectNode constraints = Json.MAPPER.createObjectNode();
          if (type == FieldTypes.COUNTRY) {
            constraints.put("pattern", "^[A-Z]{2}$");
          } else if (type == FieldTypes.CURRENCY) {
            constraints.put("pattern", "^[A-Z]{3}$");
          } else if (type == FieldTypes.STATUS) {
            enumOf(constraints, TransferStatus.values());
          } else if (type == FieldTypes.ORGANIZATION_KIND) {
            enumOf(constraints, OrganizationKind.values());
          }
          if (required.contains(column)) {
            constraints.put("required", true);
          }
          if (!constraints.isEmpty()) {
            f.set("constraints", constraints);
          }
          if (type == FieldTypes.YEAR) {
            f.put("bareNumber", true);
          }
        });
    s.putArray("primaryKey").add("id");
  }

  private static String tableType(FieldType<?> type) {
    if (type == FieldTypes.YEAR) {
      return "integer";
    }
    return type == FieldTypes.AMOUNT ? "number" : "string";
  }

  private static void transferSuppliers(ObjectNode s) {
    field(s, "transfer_id", "string", "a transfer").putObject("constraints").put("required", true);
    field(s, "position", "integer", "order among the transfer's suppliers")
        .putObject("constraints")
        .put("required", true)
        .put("minimum", 1);
    field(s, "organization_id", "string", "the supplier's id (empty when not published)");
    field(s, "name", "string", "the supplier's name as the transfer gives it");
    s.putArray("primaryKey").add("transfer_id").add("position");
    ArrayNode keys = s.putArray("foreignKeys");
    ObjectNode toTransfer = keys.addObject().put("fields", "transfer_id");
    toTransfer.putObject("reference").put("resource", "transfers").put("fields", "id");
    ObjectNode toOrganization = keys.addObject().put("fields", "organization_id");
    toOrganization.putObject("reference").put("resource", "organizations").put("fields", "id");
  }

  private static void enumOf(ObjectNode constraints, Enum<?>[] values) {
    ArrayNode e = constraints.putArray("enum");
    for (String k : keys(values).split(", ")) {
      e.add(k);
    }
  }

  private static String keys(Enum<?>[] values) {
    return String.join(
        ", ", Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
  }
}
