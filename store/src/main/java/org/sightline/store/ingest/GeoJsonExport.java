package org.sightline.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.analyse.CountrySummary;
import org.sightline.core.analyse.Figures;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.json.Json;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The country figures as GeoJSON (RFC 7946): a FeatureCollection with one Feature per recipient
 * country that has published transfers, its outline from world-atlas (Natural Earth 1:110m,
 * TopoJSON, decoded here to longitude/latitude), and as properties the counts, technologies,
 * suppliers and the ids of the transfers behind them. Countries too small for the 1:110m map get
 * their gazetteer centre as a Point. The collection names the register version it was made from.
 */
public final class GeoJsonExport {

  private final Register register;
  private final Map<String, ObjectNode> outlines;

  /**
   * @param topology world-atlas {@code countries-110m.json} (closed here)
   */
  public GeoJsonExport(Register register, InputStream topology) {
    this.register = register;
    this.outlines = outlines(topology);
  }

  /** Writes the FeatureCollection (one line and a newline); returns the number of features. */
  public long export(RegisterVersion version, OutputStream out) {
    List<Transfer> published = new ArrayList<>();
    register.forEachTransfer(Visibility.PUBLIC, t -> published.add(t.transfer()));
    Countries countries = Countries.bundled();
    ObjectNode collection = Json.MAPPER.createObjectNode().put("type", "FeatureCollection");
    collection.put("register_version", version.version());
    ArrayNode features = collection.putArray("features");
    for (CountrySummary c : new Figures(countries).countrySummaries(published)) {
      ObjectNode feature = features.addObject().put("type", "Feature").put("id", c.code());
      ObjectNode outline = outlines.get(c.code());
      if (outline != null) {
        feature.set("geometry", outline);
      } else {
        feature.set("geometry", centre(countries.byCode(c.code()).orElse(null)));
      }
      ObjectNode p = feature.putObject("properties");
      p.put("code", c.code()).put("name", c.name()).put("transfers", c.transfers());
      c.technologies().forEach(p.putArray("technologies")::add);
      p.put("suppliers", c.suppliers());
      c.supplierNames().forEach(p.putArray("supplier_names")::add);
      c.transferIds().forEach(p.putArray("transfer_ids")::add);
    }
    try {
      out.write(Json.MAPPER.writeValueAsBytes(collection));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("export failed: " + e.getMessage(), e);
    }
    return features.size();
  }

  private static JsonNode centre(Country country) {
    if (country == null) {
      return Json.MAPPER.nullNode();
    }
    ObjectNode point = Json.MAPPER.createObjectNode().put("type", "Point");
    point.putArray("coordinates").add(round(country.longitude())).add(round(country.latitude()));
    return point;
  }

  /** Alpha-2 code → GeoJSON geometry, decoded from the TopoJSON arcs. */
  private static Map<String, ObjectNode> outlines(InputStream topologyStream) {
    Map<String, String> alpha2ByNumeric = WorldAtlas.alpha2ByNumeric();
    JsonNode topology = WorldAtlas.read(topologyStream, "the world-atlas geometry");
    List<double[][]> arcs = WorldAtlas.arcs(topology);
    Map<String, ObjectNode> result = new HashMap<>();
    for (JsonNode g : topology.path("objects").path("countries").path("geometries")) {
      String code = alpha2ByNumeric.get(g.path("id").asString(""));
      String type = g.path("type").asString("");
      if (code == null || !(type.equals("Polygon") || type.equals("MultiPolygon"))) {
        continue;
      }
      ObjectNode geometry = Json.MAPPER.createObjectNode().put("type", type);
      ArrayNode coordinates = geometry.putArray("coordinates");
      if (type.equals("Polygon")) {
        polygon(g.path("arcs"), arcs, coordinates);
      } else {
        for (JsonNode p : g.path("arcs")) {
          polygon(p, arcs, coordinates.addArray());
        }
      }
      result.put(code, geometry);
    }
    return result;
  }

  /** A ring joins its arcs (a negative index is arc ~i reversed), sharing their end points. */
  private static void polygon(JsonNode rings, List<double[][]> arcs, ArrayNode out) {
    for (JsonNode ring : rings) {
      ArrayNode positions = out.addArray();
      for (JsonNode a : ring) {
        int index = a.asInt();
        double[][] points = arcs.get(index < 0 ? ~index : index);
        int n = points.length;
        for (int k = positions.isEmpty() ? 0 : 1; k < n; k++) {
          double[] p = points[index < 0 ? n - 1 - k : k];
          positions.addArray().add(round(p[0])).add(round(p[1]));
        }
      }
    }
  }

  /** Six decimals (about 10 cm) keep the file small and its bytes the same on every machine. */
  private static BigDecimal round(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
