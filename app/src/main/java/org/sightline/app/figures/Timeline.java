package org.sightline.app.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;

/**
 * A bar chart of transfers by the year they started, each bar stacked by status, drawn as SVG on
 * the server (template fragment {@code charts :: timeline}). Every segment links to the records it
 * counts; the same numbers are given as a table for screen readers and for reading without colour.
 * Transfers without a start year are never dropped: they form an "undated" bar of their own, apart
 * from the years, with its link.
 *
 * <p>Status colours are the Okabe–Ito palette, designed to stay distinct with colour-vision
 * deficiencies; the legend and each segment's title name the status in words too.
 */
public record Timeline(
    int width,
    int height,
    List<Bar> bars,
    List<Segment> segments,
    List<Tick> ticks,
    List<StatusKey> legend,
    int undated,
    Segment undatedBar,
    String undatedHref) {

  public record Bar(int year, int total, String href, double x, String label) {}

  public record Segment(
      double x, double y, double width, double height, String colour, String title, String href) {}

  public record Tick(double y, int value) {}

  public record StatusKey(String key, String label, String colour) {}

  /** Okabe–Ito, in status order (reported ... denied). */
  private static final String[] COLOURS = {
    "#999999", "#56B4E9", "#E69F00", "#009E73", "#0072B2", "#F0E442", "#D55E00", "#CC79A7"
  };

  public static String colour(TransferStatus s) {
    return COLOURS[s.ordinal()];
  }

  private static final int HEIGHT = 180;
  private static final int TOP = 10;
  private static final int BOTTOM = 24;
  private static final int LEFT = 28;

  private static final String UNDATED_COLOUR = "#6b7a8f";

  /**
   * @param yearHref link to the transfers started in a year
   * @param segmentHref link to the transfers started in a year with a status
   * @param undatedHref link to the transfers without a start year
   */
  public static Timeline of(
      List<Transfer> transfers,
      java.util.function.IntFunction<String> yearHref,
      BiFunction<Integer, TransferStatus, String> segmentHref,
      String undatedHref) {
    Map<Integer, Map<TransferStatus, Integer>> byYear = new TreeMap<>();
    int undated = 0;
    for (Transfer t : transfers) {
      if (t.yearStart() == null) {
        undated++;
        continue;
      }
      Map<TransferStatus, Integer> m = byYear.computeIfAbsent(t.yearStart(), y -> new TreeMap<>());
      if (t.status() != null) {
        m.merge(t.status(), 1, Integer::sum);
      } else {
        m.merge(TransferStatus.REPORTED, 1, Integer::sum);
      }
    }
    List<StatusKey> legend = new ArrayList<>();
    for (TransferStatus s : TransferStatus.values()) {
      String label = s.key().substring(0, 1).toUpperCase() + s.key().substring(1);
      legend.add(new StatusKey(s.key(), label, colour(s)));
    }
    if (byYear.isEmpty() && undated == 0) {
      return new Timeline(0, 0, List.of(), List.of(), List.of(), legend, 0, null, undatedHref);
    }
    int first = byYear.isEmpty() ? 0 : byYear.keySet().iterator().next();
    int last = byYear.isEmpty() ? -1 : ((TreeMap<Integer, ?>) byYear).lastKey();
    int years = last - first + 1;
    int max =
        Math.max(
            undated,
            byYear.values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(i -> i).sum())
                .max()
                .orElse(1));
    double slot = Math.max(14, Math.min(40, 640.0 / Math.max(1, years)));
    // The undated bar stands apart, after a gap, and is wide enough for its label.
    double undatedSlot = undated > 0 ? Math.max(slot, 30) * 2 : 0;
    int width = (int) Math.ceil(LEFT + slot * years + undatedSlot + 4);
    double scale = (HEIGHT - TOP - BOTTOM) / (double) max;
    double barWidth = slot * 0.7;

    List<Bar> bars = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      double x = LEFT + (year - first) * slot + (slot - barWidth) / 2;
      Map<TransferStatus, Integer> m = byYear.getOrDefault(year, Map.of());
      int total = m.values().stream().mapToInt(i -> i).sum();
      // Label every year when there is room, else every fifth.
      String label = years <= 16 || year % 5 == 0 ? Integer.toString(year) : null;
      bars.add(new Bar(year, total, yearHref.apply(year), x + barWidth / 2, label));
      double y = HEIGHT - BOTTOM;
      for (Map.Entry<TransferStatus, Integer> e : m.entrySet()) {
        double h = e.getValue() * scale;
        y -= h;
        String statusLabel = e.getKey().key();
        segments.add(
            new Segment(
                round(x),
                round(y),
                round(barWidth),
                round(h),
                colour(e.getKey()),
                year
                    + ", "
                    + statusLabel
                    + ": "
                    + e.getValue()
                    + (e.getValue() == 1 ? " transfer" : " transfers"),
                segmentHref.apply(year, e.getKey())));
      }
    }
    Segment undatedBar = null;
    if (undated > 0) {
      double w = Math.max(slot, 30) * 0.7;
      double x =
          LEFT + slot * years + undatedSlot - Math.max(slot, 30) + (Math.max(slot, 30) - w) / 2;
      double h = undated * scale;
      undatedBar =
          new Segment(
              round(x),
              round(HEIGHT - BOTTOM - h),
              round(w),
              round(h),
              UNDATED_COLOUR,
              "no start year known: " + undated + (undated == 1 ? " transfer" : " transfers"),
              undatedHref);
    }
    List<Tick> ticks = new ArrayList<>();
    int step = max <= 5 ? 1 : max <= 10 ? 2 : (int) Math.ceil(max / 5.0);
    for (int v = 0; v <= max; v += step) {
      ticks.add(new Tick(round(HEIGHT - BOTTOM - v * scale), v));
    }
    return new Timeline(
        width, HEIGHT, bars, segments, ticks, legend, undated, undatedBar, undatedHref);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
