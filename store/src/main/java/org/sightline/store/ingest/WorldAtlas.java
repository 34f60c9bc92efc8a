package org.sightline.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reading world-atlas's {@code countries-110m.json} (Natural Earth 1:110m as TopoJSON, fetched by
 * npm when the app is built): its quantised, delta-encoded arcs as longitude/latitude, and its
 * countries' ISO numeric ids as the register's alpha-2 codes. The world map and the GeoJSON export
 * both draw from it.
 */
public final class WorldAtlas {
  private static final String GAZETTEER = "/org/sightline/core/countries/countries.json";

  private WorldAtlas() {}

  /** ISO 3166-1 numeric (world-atlas's ids) → alpha-2, from the bundled gazetteer. */
  public static Map<String, String> alpha2ByNumeric() {
    Map<String, String> out = new HashMap<>();
    for (JsonNode c : read(WorldAtlas.class.getResourceAsStream(GAZETTEER), GAZETTEER)) {
      String numeric = c.path("ccn3").asString("");
      if (!numeric.isEmpty()) {
        out.put(numeric, c.path("cca2").asString());
      }
    }
    return out;
  }

  /** Each arc as its points, {longitude, latitude}, in order. */
  public static List<double[][]> arcs(JsonNode topology) {
    JsonNode transform = topology.path("transform");
    double sx = transform.path("scale").path(0).asDouble();
    double sy = transform.path("scale").path(1).asDouble();
    double tx = transform.path("translate").path(0).asDouble();
    double ty = transform.path("translate").path(1).asDouble();
    List<double[][]> arcs = new ArrayList<>();
    for (JsonNode arc : topology.path("arcs")) {
      double[][] points = new double[arc.size()][];
      long x = 0, y = 0;
      int i = 0;
      for (JsonNode position : arc) {
        x += position.path(0).asLong();
        y += position.path(1).asLong();
        points[i++] = new double[] {x * sx + tx, y * sy + ty};
      }
      arcs.add(points);
    }
    return arcs;
  }

  /** A JSON resource, closed after reading; a missing one says how to get it. */
  public static JsonNode read(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException(
          "resource " + name + " is missing: build the app module with Maven (npm ci)");
    }
    try (in) {
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
