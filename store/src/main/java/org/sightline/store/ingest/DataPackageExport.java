package org.sightline.store.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.json.JsonMapper;
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
  private static final JsonMapper JSON = JsonMapper.builder().build();

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
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(descriptor(version)) + "\n",
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
    ObjectNode p = JSON.createObjectNode();
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

  private static final String COUNTRY = "^[A-Z]{2}$";
  private static final String CURRENCY = "^[A-Z]{3}$";

  private static void transfers(ObjectNode s) {
    field(s, "id", "string", "the transfer's id").putObject("constraints").put("required", true);
    field(s, "supplier", "string", "supplier names, separated by ';'");
    field(s, "supplier_aliases", "string", "other names of the first supplier, ';'-separated");
    pattern(field(s, "supplier_country", "string", "ISO 3166-1 alpha-2"), COUNTRY);
    pattern(field(s, "recipient_country", "string", "ISO 3166-1 alpha-2"), COUNTRY)
        .put("required", true);
    field(s, "end_user", "string", "the agency using the technology");
    field(
        s,
        "technologies",
        "string",
        "technology keys, ';'-separated: " + keys(TechnologyCategory.values()));
    enumOf(field(s, "status", "string", "the transfer's status"), TransferStatus.values());
    field(s, "year_start", "integer", "first year").put("bareNumber", true);
    field(s, "year_end", "integer", "last year").put("bareNumber", true);
    field(s, "value_amount", "number", "contract value");
    pattern(field(s, "value_currency", "string", "ISO 4217"), CURRENCY);
    field(s, "financing_lender", "string", "the lender's name");
    field(s, "financing_amount", "number", "amount lent");
    pattern(field(s, "financing_currency", "string", "ISO 4217"), CURRENCY);
    field(s, "summary", "string", "what was supplied, in Sightline's words");
    field(s, "source_url", "string", "the page the record rests on");
    field(s, "source_publisher", "string", "who published it");
    field(s, "source_date", "string", "when (YYYY, YYYY-MM or YYYY-MM-DD)");
    field(s, "second_source_url", "string", "a second source");
    s.putArray("primaryKey").add("id");
  }

  private static void organizations(ObjectNode s) {
    field(s, "id", "string", "the organization's id")
        .putObject("constraints")
        .put("required", true);
    field(s, "name", "string", "name").putObject("constraints").put("required", true);
    field(s, "aliases", "string", "other names, ';'-separated");
    pattern(field(s, "country", "string", "ISO 3166-1 alpha-2"), COUNTRY);
    enumOf(field(s, "kind", "string", "role in the trade"), OrganizationKind.values());
    field(s, "parent", "string", "the parent organization's name");
    field(s, "note", "string", "note");
    field(s, "source_url", "string", "source");
    s.putArray("primaryKey").add("id");
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

  private static ObjectNode pattern(ObjectNode field, String regex) {
    ObjectNode c = field.putObject("constraints").put("pattern", regex);
    return c;
  }

  private static void enumOf(ObjectNode field, Enum<?>[] values) {
    ArrayNode e = field.putObject("constraints").putArray("enum");
    for (String k : keys(values).split(", ")) {
      e.add(k);
    }
  }

  private static String keys(Enum<?>[] values) {
    return String.join(
        ", ", Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList());
  }
}
