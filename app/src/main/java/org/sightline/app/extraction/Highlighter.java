package org.sightline.app.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts the extracted text into runs that share the same highlights, so the page can show each run
 * as one {@code <span>} with its classes and its text set by {@code th:text} (escaped: no markup
 * from the document ever reaches the page). Mentions and evidence spans may overlap; a run simply
 * carries every class that covers it.
 */
final class Highlighter {
  private Highlighter() {}

  /** An evidence span of candidate {@code candidate} (0-based). */
  record Span(int start, int end, int candidate) {}

  /**
   * A run of text: its classes ({@code m-country}, {@code ev ev-2}, ...), a tooltip naming what was
   * recognised, and an id on the first run of each candidate's evidence (a link target).
   */
  record Run(String text, String classes, String title, String anchor) {
    public boolean plain() {
      return classes.isEmpty();
    }
  }

  /** Linear in the text and the spans: a sweep that keeps only the spans covering the cut. */
  static List<Run> runs(String text, List<Mention> mentions, List<Span> evidence) {
    int n = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, n));
    for (Mention m : mentions) {
      cuts.add(clamp(m.start(), n));
      cuts.add(clamp(m.end(), n));
    }
    for (Span s : evidence) {
      cuts.add(clamp(s.start(), n));
      cuts.add(clamp(s.end(), n));
    }
    List<Mention> byStart = new ArrayList<>(mentions);
    byStart.sort(Comparator.comparingInt(Mention::start));
    List<Span> spans = new ArrayList<>(evidence);
    spans.sort(Comparator.comparingInt(Span::start));
    List<Mention> activeMentions = new ArrayList<>();
    List<Span> activeSpans = new ArrayList<>();
    int nextMention = 0;
    int nextSpan = 0;
    Set<Integer> anchored = new HashSet<>();
    List<Run> runs = new ArrayList<>();
    Integer from = null;
    for (int to : cuts) {
      if (from != null && to > from) {
        final int at = from;
        while (nextMention < byStart.size() && byStart.get(nextMention).start() <= at) {
          activeMentions.add(byStart.get(nextMention++));
        }
        while (nextSpan < spans.size() && spans.get(nextSpan).start() <= at) {
          activeSpans.add(spans.get(nextSpan++));
        }
        activeMentions.removeIf(m -> m.end() <= at);
        activeSpans.removeIf(s -> s.end() <= at);
        Set<String> classes = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        String anchor = null;
        for (Span s : activeSpans) {
          classes.add("ev");
          classes.add("ev-" + (s.candidate() + 1));
          titles.add("evidence of candidate " + (s.candidate() + 1));
          if (anchor == null && anchored.add(s.candidate())) {
            anchor = "ev-" + (s.candidate() + 1);
          }
        }
        for (Mention m : activeMentions) {
          classes.add("m");
          classes.add("m-" + m.kind());
          titles.add(m.kind() + ": " + m.label());
        }
        runs.add(
            new Run(
                text.substring(from, to),
                String.join(" ", classes),
                titles.isEmpty() ? null : String.join("; ", titles),
                anchor));
      }
      from = to;
    }
    return runs;
  }

  private static int clamp(int i, int n) {
    return Math.max(0, Math.min(n, i));
  }
}
