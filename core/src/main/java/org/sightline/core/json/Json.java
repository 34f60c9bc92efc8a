package org.sightline.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one configured JSON mapper of core, the store, the app and the Spark job, and the bridge
 * between JSON trees and the plain data the record schema reads and writes (ordered maps, lists,
 * strings, numbers). It lives in core, beside the schema, so that everything that reads or writes
 * JSON can share it. Amounts are written plain (240000000, never 2.4E+8) and read as {@link
 * BigDecimal}s, so money never passes through a double.
 */
public final class Json {
  /** Shared and thread-safe; nothing may reconfigure it. */
  public static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

  private static final ObjectReader RECORDS =
      MAPPER.readerFor(JsonNode.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** The settings every mapper of the application uses (the web app's Spring mapper too). */
  public static <B extends JsonMapper.Builder> B configure(B builder) {
    builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    return builder;
  }

  /** The JSON text of a record (a body, a line, a snapshot), with exact amounts. */
  public static JsonNode readRecord(String text) {
    return RECORDS.readTree(text);
  }

  /** A JSON tree of plain data: maps keep their order, absent values are JSON null. */
  public static JsonNode toTree(Object plain) {
    if (plain == null) {
      return NODES.nullNode();
    }
    if (plain instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(k.toString(), toTree(v)));
      return node;
    }
    if (plain instanceof List<?> list) {
      ArrayNode node = NODES.arrayNode();
      list.forEach(v -> node.add(toTree(v)));
      return node;
    }
    if (plain instanceof String s) {
      return NODES.stringNode(s);
    }
    if (plain instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (plain instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (plain instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (plain instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    throw new IllegalArgumentException("not plain data: " + plain.getClass().getName());
  }

  /** An object's tree as plain data (see {@link #toTree}). */
  public static ObjectNode toObject(Map<String, Object> plain) {
    return (ObjectNode) toTree(plain);
  }

  /**
   * A JSON tree as plain data: objects become ordered maps, whole numbers Integer (Long or
   * BigInteger when larger), other numbers BigDecimal.
   */
  public static Object toPlain(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> out = new LinkedHashMap<>();
      node.properties().forEach(e -> out.put(e.getKey(), toPlain(e.getValue())));
      return out;
    }
    if (node.isArray()) {
      List<Object> out = new ArrayList<>(node.size());
      node.forEach(e -> out.add(toPlain(e)));
      return out;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isIntegralNumber()) {
      if (node.canConvertToInt()) {
        return node.intValue();
      }
      BigInteger big = node.bigIntegerValue();
      return node.canConvertToLong() ? (Object) big.longValue() : big;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.toString();
  }
}
