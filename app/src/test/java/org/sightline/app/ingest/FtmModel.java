package org.sightline.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FollowTheMoney model as the npm package {@code @alephdata/followthemoney} ships it ({@code
 * dist/defaultModel.json}, copied to the test classpath by the build), and the checks an entity
 * must pass against it: a known, concrete schema; only properties of that schema or its ancestors,
 * none deprecated; the schema's required properties; values that fit their property's type
 * (countries from the model's list, dates, URLs, numbers, lengths); and entity references to
 * entities of the property's range present in the same export.
 */
final class FtmModel {
  private final JsonNode schemata;
  private final JsonNode types;

  FtmModel() throws IOException {
    try (InputStream in = FtmModel.class.getResourceAsStream("/followthemoney/defaultModel.json")) {
      if (in == null) {
        throw new IllegalStateException("the FtM model is missing: the build runs npm ci");
      }
      JsonNode model = JsonMapper.builder().build().readTree(in);
      schemata = model.path("schemata");
      types = model.path("types");
    }
  }

  /** Every problem in the entities, one line each; empty when all are valid. */
  List<String> check(List<JsonNode> entities) {
    List<String> problems = new ArrayList<>();
    Map<String, String> schemaById = new HashMap<>();
    for (JsonNode e : entities) {
      String id = e.path("id").asString("");
      if (id.isEmpty() || schemaById.put(id, e.path("schema").asString("")) != null) {
        problems.add("entity id '" + id + "' is empty or repeated");
      }
    }
    for (JsonNode e : entities) {
      String id = e.path("id").asString();
      String schema = e.path("schema").asString("");
      JsonNode s = schemata.path(schema);
      if (s.isMissingNode() || s.path("abstract").asBoolean(false)) {
        problems.add(id + ": schema '" + schema + "' is not a concrete FtM schema");
        continue;
      }
      Map<String, JsonNode> props = properties(schema);
      for (JsonNode required : s.path("required")) {
        if (!e.path("properties").has(required.asString())) {
          problems.add(id + ": required property " + required.asString() + " is missing");
        }
      }
      for (String name : e.path("properties").propertyNames()) {
        JsonNode prop = props.get(name);
        JsonNode values = e.path("properties").path(name);
        if (prop == null) {
          problems.add(id + ": " + schema + " has no property " + name);
          continue;
        }
        if (prop.path("deprecated").asBoolean(false)) {
          problems.add(id + ": property " + name + " is deprecated");
        }
        if (!values.isArray() || values.isEmpty()) {
          problems.add(id + "." + name + ": values must be a non-empty array");
        }
        for (JsonNode v : values) {
          String problem = typeProblem(prop, v, schemaById);
          if (problem != null) {
            problems.add(id + "." + name + ": " + problem);
          }
        }
      }
    }
    return problems;
  }

  private String typeProblem(JsonNode prop, JsonNode v, Map<String, String> schemaById) {
    if (!v.isString()) {
      return "value " + v + " is not a string";
    }
    String value = v.asString();
    String type = prop.path("type").asString("string");
    int max =
        prop.path("maxLength").asInt(types.path(type).path("maxLength").asInt(Integer.MAX_VALUE));
    if (value.isBlank() || value.length() > max) {
      return "'" + value + "' is blank or longer than " + max;
    }
    switch (type) {
      case "country" -> {
        if (!types.path("country").path("values").has(value)) {
          return "'" + value + "' is not an FtM country code";
        }
      }
      case "date" -> {
        if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
          return "'" + value + "' is not an ISO date";
        }
      }
      case "url" -> {
        if (!value.matches("https?://\\S+")) {
          return "'" + value + "' is not a URL";
        }
      }
      case "number" -> {
        try {
          new BigDecimal(value);
        } catch (NumberFormatException e) {
          return "'" + value + "' is not a number";
        }
      }
      case "entity" -> {
        String target = schemaById.get(value);
        if (target == null) {
          return "refers to " + value + ", which is not in the export";
        }
        if (!descendsFrom(target, prop.path("range").asString())) {
          return value + " is a " + target + ", not a " + prop.path("range").asString();
        }
      }
      default -> {}
    }
    return null;
  }

  private Map<String, JsonNode> properties(String schema) {
    Map<String, JsonNode> out = new HashMap<>();
    collect(schema, out, new HashSet<>());
    return out;
  }

  private void collect(String schema, Map<String, JsonNode> out, Set<String> seen) {
    if (!seen.add(schema)) {
      return;
    }
    JsonNode s = schemata.path(schema);
    for (String name : s.path("properties").propertyNames()) {
      out.putIfAbsent(name, s.path("properties").path(name));
    }
    s.path("extends").forEach(parent -> collect(parent.asString(), out, seen));
  }

  private boolean descendsFrom(String schema, String ancestor) {
    if (schema.equals(ancestor)) {
      return true;
    }
    for (JsonNode parent : schemata.path(schema).path("extends")) {
      if (descendsFrom(parent.asString(), ancestor)) {
        return true;
      }
    }
    return false;
  }
}
