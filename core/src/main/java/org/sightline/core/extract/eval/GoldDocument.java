package org.sightline.core.extract.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.json.Json;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import tools.jackson.databind.JsonNode;

/** An annotated text: {@code {id, url, publisher?, date?, text, gold:[transfer…]}}. */
public record GoldDocument(
    String id, String url, String publisher, LocalDate date, String text, List<GoldTransfer> gold) {

  public GoldDocument {
    gold = List.copyOf(gold);
  }

  /** Reads a JSON Lines gold file; a malformed line fails with its line number. */
  public static List<GoldDocument> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static List<GoldDocument> parse(String jsonl) {
    List<GoldDocument> docs = new ArrayList<>();
    String[] lines = jsonl.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        docs.add(fromJson(Json.MAPPER.readTree(lines[i])));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "gold line " + (i + 1) + " is not a valid annotated text: " + e.getMessage(), e);
      }
    }
    return docs;
  }

  static GoldDocument fromJson(JsonNode n) {
    List<GoldTransfer> gold = new ArrayList<>();
    for (JsonNode g : n.path("gold")) {
      List<String> orgs = new ArrayList<>();
      g.path("supplier_orgs").forEach(o -> orgs.add(o.asString()));
      List<String> tech = new ArrayList<>();
      g.path("technologies").forEach(o -> tech.add(o.asString()));
      Money value = null;
      JsonNode v = g.path("value");
      if (v.isObject() && v.hasNonNull("amount")) {
        value = new Money(new BigDecimal(v.get("amount").asString()), text(v, "currency"));
      }
      Financing fin = null;
      JsonNode f = g.path("financing");
      if (f.isObject()) {
        fin =
            new Financing(
                text(f, "lender"),
                f.hasNonNull("amount") ? new BigDecimal(f.get("amount").asString()) : null,
                text(f, "currency"));
      }
      gold.add(
          new GoldTransfer(
              orgs,
              text(g, "supplier_country"),
              text(g, "recipient_country"),
              text(g, "end_user"),
              tech,
              g.hasNonNull("year") ? g.get("year").asInt() : null,
              g.hasNonNull("month") ? g.get("month").asInt() : null,
              value,
              fin,
              text(g, "status"),
              text(g, "evidence")));
    }
    LocalDate date = null;
    String d = text(n, "date");
    if (d != null) {
      try {
        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      } catch (DateTimeParseException e) {
        date = null;
      }
    }
    if (text(n, "id") == null || text(n, "text") == null) {
      throw new IllegalArgumentException("id and text are required");
    }
    return new GoldDocument(
        text(n, "id"), text(n, "url"), text(n, "publisher"), date, text(n, "text"), gold);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
