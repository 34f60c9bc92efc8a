package org.sightline.app.countries;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import java.util.Locale;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.transfers.TransferViews;
import org.sightline.app.web.BadParameterException;
import org.sightline.app.web.NotFoundException;
import org.sightline.core.analyse.CountryProfile;
import org.sightline.core.analyse.CountrySummary;
import org.sightline.core.countries.Countries;
import org.sightline.core.schema.Checks;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recipient countries: the list with headline counts, and one country's profile. */
@RestController
@RequestMapping(path = "/api/v1/countries", produces = MediaType.APPLICATION_JSON_VALUE)
record CountriesController(PublishedFigures figures, TransferViews views, Countries countries) {
  @Operation(
      summary =
          "Every recipient country with published transfers: counts, technology keys, suppliers"
              + " and the transfer ids behind them")
  @GetMapping
  List<CountrySummary> list(
      @Parameter(description = PublishedFigures.AS_OF_DESCRIPTION)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    return figures.asOf(figures.parseAsOf(asOf)).countrySummaries();
  }

  @Operation(
      summary =
          "A country's profile: technologies, suppliers, timeline, financing by lender and its"
              + " transfers with their sources")
  @GetMapping("/{code}")
  CountryProfileView profile(
      @PathVariable String code,
      @Parameter(description = PublishedFigures.AS_OF_DESCRIPTION)
          @RequestParam(name = PublishedFigures.AS_OF, required = false)
          String asOf) {
    String upper = code.trim().toUpperCase(Locale.ROOT);
    if (!Checks.isAlpha2(upper)) {
      throw new BadParameterException(
          "code", "path parameter 'code' must be an ISO 3166-1 alpha-2 code, got '" + code + "'");
    }
    if (!countries.isKnownCode(upper)) {
      throw new NotFoundException("no country with code '" + upper + "'");
    }
    PublishedFigures.Snapshot snapshot = figures.asOf(figures.parseAsOf(asOf));
    CountryProfile p = snapshot.countryProfile(upper);
    return new CountryProfileView(
        p.code(),
        p.name(),
        p.transfers(),
        p.technologies(),
        p.suppliers(),
        p.timeline(),
        p.undatedTransferIds(),
        p.financing(),
        snapshot.stored(p.transferIds()).stream().map(views::view).toList());
  }
}
