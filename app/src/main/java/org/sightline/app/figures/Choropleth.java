package org.sightline.app.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A world map shaded by a count per country, ready for the {@code map} template fragment: each
 * country with a code is a link (with a {@code <title>} for screen readers and tooltips), so the
 * map can be clicked and tabbed through without JavaScript.
 *
 * <p>Shades are five steps of one blue hue (ColorBrewer "Blues", from its lightest visible step),
 * which stay distinguishable with every common colour-vision deficiency; countries without records
 * are a neutral grey.
 */
public record Choropleth(int width, int height, List<Area> areas, List<Legend> legend) {

  /** One country outline; {@code href} is null for areas the gazetteer does not know. */
  public record Area(String code, String name, String path, int count, String shade, String href) {
    public String title() {
      return name + ": " + count + (count == 1 ? " transfer" : " transfers");
    }
  }

  public record Legend(String label, String shade) {}

  private static final int[] STEPS = {1, 2, 3, 5, 10};
  private static final String[] LABELS = {"1", "2", "3\u20134", "5\u20139", "10 or more"};

  public static Choropleth of(
      WorldMap map,
      Map<String, Integer> counts,
      Function<String, String> countryName,
      Function<String, String> href) {
    List<Area> areas = new ArrayList<>(map.shapes().size());
    for (WorldMap.Shape s : map.shapes()) {
      int n = s.code() == null ? 0 : counts.getOrDefault(s.code(), 0);
      String name = s.code() == null ? s.name() : countryName.apply(s.code());
      areas.add(
          new Area(
              s.code(),
              name,
              s.path(),
              n,
              shade(n),
              s.code() == null ? null : href.apply(s.code())));
    }
    List<Legend> legend = new ArrayList<>();
    legend.add(new Legend("none recorded", "s0"));
    for (int i = 0; i < LABELS.length; i++) {
      legend.add(new Legend(LABELS[i], "s" + (i + 1)));
    }
    return new Choropleth(map.width(), map.height(), areas, legend);
  }

  static String shade(int count) {
    int step = 0;
    for (int i = 0; i < STEPS.length; i++) {
      if (count >= STEPS[i]) {
        step = i + 1;
      }
    }
    return "s" + step;
  }
}
