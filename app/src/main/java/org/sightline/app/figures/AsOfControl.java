package org.sightline.app.figures;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The date control of the figure pages ({@code templates/as-of.html}): reads a page's {@code as_of}
 * (a bad, future or too early day is a 400 page naming it) and gives the template the day, the days
 * it may choose and the page's other parameters, which the control's plain GET form keeps.
 */
@Component
public record AsOfControl(PublishedFigures figures) {
  /**
   * The day a page's figures are as of (null: now), with the model attributes {@code asOf}, {@code
   * asOfMin}, {@code asOfMax}, {@code asOfKeep} and {@code asOfToday} (the page without a day) set.
   *
   * @param keep the page's other parameters (in pairs: name, value; null values left out)
   */
  public LocalDate read(String value, Model model, String... keep) {
    LocalDate day = figures.parseAsOf(value);
    Map<String, String> kept = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keep.length; i += 2) {
      if (keep[i + 1] != null && !keep[i + 1].isBlank()) {
        kept.put(keep[i], keep[i + 1]);
      }
    }
    model.addAttribute("asOf", day);
    model.addAttribute("asOfMin", figures.firstDay().orElse(null));
    model.addAttribute("asOfMax", LocalDate.now(ZoneOffset.UTC));
    model.addAttribute("asOfKeep", kept);
    UriComponentsBuilder today =
        UriComponentsBuilder.fromPath(
            ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath());
    kept.forEach(today::queryParam);
    model.addAttribute("asOfToday", today.encode().build().toUriString());
    return day;
  }
}
