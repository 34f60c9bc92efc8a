package org.sightline.app.overview;

import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.web.PageController;
import org.sightline.core.analyse.GlobalStats;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /about} (what Sightline is and is not, who it is for) and {@code /methodology} (scope, how
 * records are verified, statuses, known gaps, how to cite, licence). The few numbers they quote are
 * the live register's, each linked to its records.
 */
@PageController
record AboutPageController(PublishedFigures figures) {
  @GetMapping("/about")
  String about(Model model) {
    model.addAttribute("title", "About Sightline");
    model.addAttribute("stats", stats());
    return "about";
  }

  @GetMapping("/methodology")
  String methodology(Model model) {
    model.addAttribute("title", "Methodology");
    return "methodology";
  }

  private GlobalStats stats() {
    return figures.current().globalStats();
  }
}
