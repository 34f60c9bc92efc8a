package org.sightline.app.figures;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sightline.store.ingest.WorldAtlas;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The world's country outlines as SVG paths, decoded once at startup from world-atlas's {@code
 * countries-110m.json} (Natural Earth 1:110m, TopoJSON, fetched by npm at build time) and projected
 * with the Natural Earth projection. The map is drawn on the server so it reads, and its countries
 * can be followed as links, without JavaScript.
 *
 * <p>World-atlas identifies countries by ISO 3166-1 numeric code; the bundled world-countries
 * gazetteer maps those to the alpha-2 codes the register uses. Antarctica is left out (no transfer
 * goes there, and it would take a fifth of the picture).
 */
@Component
public class WorldMap {
  static final String GEOMETRY = "countries-110m.json";
  private static final String ANTARCTICA = "010";
  public static final int WIDTH = 960;

  private final List<Shape> shapes;
  private final int height;

  /** One country outline: alpha-2 code (null for areas without one), name, SVG path data. */
  public record Shape(String code, String name, String path) {}

  public WorldMap() {
    Map<String, String> alpha2ByNumeric = WorldAtlas.alpha2ByNumeric();
    JsonNode topology = WorldAtlas.read(WorldMap.class.getResourceAsStream(GEOMETRY), GEOMETRY);
    List<double[][]> arcs = projected(WorldAtlas.arcs(topology));

    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    List<JsonNode> geometries = new ArrayList<>();
    for (JsonNode g : topology.path("objects").path("countries").path("geometries")) {
      if (ANTARCTICA.equals(g.path("id").asString(""))) {
        continue;
      }
      geometries.add(g);
      for (int index : arcIndices(g)) {
        for (double[] p : arcs.get(index < 0 ? ~index : index)) {
          minX = Math.min(minX, p[0]);
          maxX = Math.max(maxX, p[0]);
          minY = Math.min(minY, p[1]);
          maxY = Math.max(maxY, p[1]);
        }
      }
    }
    double scale = WIDTH / (maxX - minX);
    this.height = (int) Math.ceil((maxY - minY) * scale);
    double[] frame = {minX, maxY, scale};

    List<Shape> result = new ArrayList<>();
    for (JsonNode g : geometries) {
      String numeric = g.path("id").asString("");
      String code = alpha2ByNumeric.get(numeric);
      String name = g.path("properties").path("name").asString("");
      StringBuilder d = new StringBuilder();
      if (g.path("type").asString().equals("Polygon")) {
        polygon(g.path("arcs"), arcs, frame, d);
      } else {
        for (JsonNode polygon : g.path("arcs")) {
          polygon(polygon, arcs, frame, d);
        }
      }
      result.add(new Shape(code, name, d.toString()));
    }
    result.sort(Comparator.comparing(Shape::name));
    this.shapes = List.copyOf(result);
  }

  /** The world-atlas TopoJSON itself, for the GeoJSON export (null if the build left it out). */
  public static InputStream topology() {
    return WorldMap.class.getResourceAsStream(GEOMETRY);
  }

  /** Every outline, ordered by name (the keyboard's tab order through the map). */
  public List<Shape> shapes() {
    return shapes;
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return height;
  }

  /** Each point projected, keeping its longitude to see rings cross the antimeridian. */
  private static List<double[][]> projected(List<double[][]> arcs) {
    List<double[][]> out = new ArrayList<>(arcs.size());
    for (double[][] arc : arcs) {
      double[][] points = new double[arc.length][];
      for (int i = 0; i < arc.length; i++) {
        double[] xy = project(arc[i][0], arc[i][1]);
        points[i] = new double[] {xy[0], xy[1], arc[i][0]};
      }
      out.add(points);
    }
    return out;
  }

  /** The Natural Earth projection (Šavrič et al. 2015): calm shapes, no polar blow-up. */
  static double[] project(double longitude, double latitude) {
    double lambda = Math.toRadians(longitude);
    double phi = Math.toRadians(latitude);
    double phi2 = phi * phi;
    double phi4 = phi2 * phi2;
    double x =
        lambda
            * (0.8707
                - 0.131979 * phi2
                + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
    double y =
        phi
            * (1.007226
                + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    return new double[] {x, y};
  }

  private static List<Integer> arcIndices(JsonNode geometry) {
    List<Integer> out = new ArrayList<>();
    collect(geometry.path("arcs"), out);
    return out;
  }

  private static void collect(JsonNode node, List<Integer> out) {
    if (node.isNumber()) {
      out.add(node.asInt());
    } else {
      node.forEach(n -> collect(n, out));
    }
  }

  private static void polygon(
      JsonNode rings, List<double[][]> arcs, double[] frame, StringBuilder d) {
    for (JsonNode ring : rings) {
      String last = null;
      boolean first = true;
      double previousLongitude = Double.NaN;
      for (JsonNode a : ring) {
        int index = a.asInt();
        double[][] points = arcs.get(index < 0 ? ~index : index);
        int n = points.length;
        for (int k = 0; k < n; k++) {
          double[] p = points[index < 0 ? n - 1 - k : k];
          String xy =
              coordinate((p[0] - frame[0]) * frame[2])
                  + ","
                  + coordinate((frame[1] - p[1]) * frame[2]);
          // Rings of Russia and Fiji cross the antimeridian: a jump of more than half the world
          // starts a new sub-path instead of a line across the whole map.
          boolean wraps = Math.abs(p[2] - previousLongitude) > 180;
          previousLongitude = p[2];
          if (xy.equals(last)) {
            continue;
          }
          d.append(first ? "M" : wraps ? "ZM" : "L").append(xy);
          first = false;
          last = xy;
        }
      }
      d.append('Z');
    }
  }

  private static String coordinate(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
  }
}
