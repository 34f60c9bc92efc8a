package org.sightline.app.ingest;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules the Frictionless Data Package and Table Schema specifications (v1) state, checked
 * against a package on disk: no validator library for them is on Maven Central. Descriptor rules:
 * resource names and paths, field names and types, constraint names, primary and foreign keys
 * referring to fields that exist, licences with a name or path. Data rules: the header is the
 * schema's fields in order, every cell casts to its field's type and meets its constraints, primary
 * keys are unique, and every foreign key value exists in the referenced resource.
 */
final class FrictionlessRules {
  private static final Set<String> TYPES =
      Set.of(
          "string",
          "number",
          "integer",
          "boolean",
          "object",
          "array",
          "date",
          "time",
          "datetime",
          "year",
          "yearmonth",
          "duration",
          "geopoint",
          "geojson",
          "any");
  private static final Set<String> CONSTRAINTS =
      Set.of(
          "required", "unique", "minLength", "maxLength", "minimum", "maximum", "pattern", "enum");

  private final Path dir;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, JsonNode> schemas = new HashMap<>();
  private final Map<String, List<Map<String, String>>> rows = new HashMap<>();

  private FrictionlessRules(Path dir) {
    this.dir = dir;
  }

  /** Every rule the package breaks, as one line each; empty when it is valid. */
  static List<String> check(Path dir) throws IOException {
    FrictionlessRules rules = new FrictionlessRules(dir);
    rules.run();
    return rules.problems;
  }

  private void run() throws IOException {
    JsonNode p = JsonMapper.builder().build().readTree(dir.resolve("datapackage.json").toFile());
    if (!p.path("resources").isArray() || p.path("resources").isEmpty()) {
      problems.add("resources must be a non-empty array");
      return;
    }
    if (p.has("name") && !p.path("name").asString().matches("^[a-z0-9._-]+$")) {
      problems.add("package name must be lower case alphanumeric, '.', '_' or '-'");
    }
    for (JsonNode licence : p.path("licenses")) {
      if (!licence.has("name") && !licence.has("path")) {
        problems.add("a licence needs a name or a path");
      }
    }
    for (JsonNode r : p.path("resources")) {
      String name = r.path("name").asString("");
      if (!name.matches("^[a-z0-9._-]+$") || schemas.containsKey(name)) {
        problems.add("resource name '" + name + "' is not a unique lower-case name");
      }
      String path = r.path("path").asString("");
      if (path.isEmpty() || path.startsWith("/") || path.contains("..")) {
        problems.add(name + ": path must be a relative POSIX path inside the package");
      }
      schemas.put(name, r.path("schema"));
      checkSchema(name, r.path("schema"));
      rows.put(name, readRows(name, dir.resolve(path), r.path("schema")));
    }
    for (JsonNode r : p.path("resources")) {
      checkKeys(r.path("name").asString(), r.path("schema"));
    }
  }

  private void checkSchema(String resource, JsonNode schema) {
    Set<String> names = new HashSet<>();
    if (!schema.path("fields").isArray() || schema.path("fields").isEmpty()) {
      problems.add(resource + ": schema.fields must be a non-empty array");
    }
    for (JsonNode f : schema.path("fields")) {
      String name = f.path("name").asString("");
      if (name.isEmpty() || !names.add(name)) {
        problems.add(resource + ": field names must be present and unique: '" + name + "'");
      }
      if (!TYPES.contains(f.path("type").asString("string"))) {
        problems.add(resource + "." + name + ": unknown type " + f.path("type"));
      }
      for (String c : f.path("constraints").propertyNames()) {
        if (!CONSTRAINTS.contains(c)) {
          problems.add(resource + "." + name + ": unknown constraint " + c);
        }
      }
    }
    for (String key : fieldList(schema.path("primaryKey"))) {
      if (!names.contains(key)) {
        problems.add(resource + ": primary key field " + key + " is not a field");
      }
    }
    for (JsonNode fk : schema.path("foreignKeys")) {
      List<String> fields = fieldList(fk.path("fields"));
      List<String> refFields = fieldList(fk.path("reference").path("fields"));
      if (fields.size() != refFields.size() || fields.isEmpty()) {
        problems.add(resource + ": foreign key fields and reference fields differ in number");
      }
      fields.stream()
          .filter(f -> !names.contains(f))
          .forEach(f -> problems.add(resource + ": foreign key field " + f + " is not a field"));
    }
  }

  private List<Map<String, String>> readRows(String resource, Path file, JsonNode schema)
      throws IOException {
    List<String> fields = new ArrayList<>();
    schema.path("fields").forEach(f -> fields.add(f.path("name").asString()));
    Set<String> missing = new HashSet<>();
    schema.path("missingValues").forEach(m -> missing.add(m.asString()));
    if (!schema.has("missingValues")) {
      missing.add("");
    }
    List<Map<String, String>> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.RFC4180.parse(in)) {
      List<CSVRecord> records = csv.getRecords();
      if (records.isEmpty() || !records.get(0).toList().equals(fields)) {
        problems.add(resource + ": the header is not the schema's fields in order");
        return out;
      }
      for (CSVRecord rec : records.subList(1, records.size())) {
        Map<String, String> row = new HashMap<>();
        int i = 0;
        for (JsonNode f : schema.path("fields")) {
          String raw = i < rec.size() ? rec.get(i) : "";
          String value = missing.contains(raw) ? null : raw;
          checkCell(resource + " line " + rec.getRecordNumber() + " " + fields.get(i), f, value);
          row.put(fields.get(i), value);
          i++;
        }
        out.add(row);
      }
    }
    return out;
  }

  private void checkCell(String where, JsonNode field, String value) {
    JsonNode c = field.path("constraints");
    if (value == null) {
      if (c.path("required").asBoolean(false)) {
        problems.add(where + ": required but missing");
      }
      return;
    }
    String type = field.path("type").asString("string");
    BigDecimal number = null;
    try {
      if (type.equals("integer")) {
        number = new BigDecimal(value);
        if (!value.matches("-?\\d+")) {
          problems.add(where + ": '" + value + "' is not an integer");
        }
      } else if (type.equals("number")) {
        number = new BigDecimal(value);
      }
    } catch (NumberFormatException e) {
      problems.add(where + ": '" + value + "' is not a " + type);
      return;
    }
    if (c.has("pattern") && !value.matches(c.path("pattern").asString())) {
      problems.add(where + ": '" + value + "' does not match " + c.path("pattern").asString());
    }
    if (c.has("enum")) {
      boolean listed = false;
      for (JsonNode e : c.path("enum")) {
        listed |= e.asString().equals(value);
      }
      if (!listed) {
        problems.add(where + ": '" + value + "' is not in its enum");
      }
    }
    if (c.has("minimum")
        && number != null
        && number.compareTo(c.path("minimum").decimalValue()) < 0) {
      problems.add(where + ": " + value + " is below the minimum");
    }
  }

  private void checkKeys(String resource, JsonNode schema) {
    List<String> pk = fieldList(schema.path("primaryKey"));
    Set<List<String>> seen = new HashSet<>();
    for (Map<String, String> row : rows.get(resource)) {
      List<String> key = pk.stream().map(row::get).toList();
      if (!pk.isEmpty() && (key.contains(null) || !seen.add(key))) {
        problems.add(resource + ": primary key " + key + " is missing or repeated");
      }
    }
    for (JsonNode fk : schema.path("foreignKeys")) {
      String target = fk.path("reference").path("resource").asString("");
      target = target.isEmpty() ? resource : target;
      if (!rows.containsKey(target)) {
        problems.add(resource + ": foreign key refers to unknown resource " + target);
        continue;
      }
      List<String> fields = fieldList(fk.path("fields"));
      List<String> refFields = fieldList(fk.path("reference").path("fields"));
      Set<List<String>> targets = new HashSet<>();
      for (Map<String, String> row : rows.get(target)) {
        targets.add(refFields.stream().map(row::get).toList());
      }
      for (Map<String, String> row : rows.get(resource)) {
        List<String> value = fields.stream().map(row::get).toList();
        if (!value.contains(null) && !targets.contains(value)) {
          problems.add(resource + ": " + fields + "=" + value + " not found in " + target);
        }
      }
    }
  }

  private static List<String> fieldList(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isString()) {
      out.add(node.asString());
    } else {
      node.forEach(n -> out.add(n.asString()));
    }
    return out;
  }
}
