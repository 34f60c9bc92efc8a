package org.sightline.app.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.sightline.core.analyse.GlobalStats;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Global figures over the published register. */
@RestController
record StatsController(PublishedFigures figures) {
  @Operation(
      summary =
          "Countries reached per technology, per supplier country and per vendor, each with the"
              + " ids of the transfers behind it")
  @GetMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
  GlobalStats stats(
      @Parameter(description = PublishedFigures.AS_OF_DESCRIPTION)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    return figures.asOf(figures.parseAsOf(asOf)).globalStats();
  }
}
