package org.sightline.app.countries;

import java.util.List;
import java.util.Locale;
import org.sightline.app.figures.AsOfControl;
import org.sightline.app.figures.PublishedFigures;
import org.sightline.app.layers.CountryLayers;
import org.sightline.app.search.SearchFilters;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.PageText;
import org.sightline.core.analyse.CountryProfile;
import org.sightline.core.analyse.Tally;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.StoredTransfer;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /countries/{code}}: one recipient country's profile, the same {@code CountryProfile} the
 * API returns, with a timeline by year and status and every transfer with its sources.
 */
@PageController
record CountryPageController(
    PublishedFigures figures,
    Countries countries,
    PageText text,
    CountryLayers layers,
    AsOfControl asOfControl) {
  @GetMapping("/countries/{code}")
  String country(
      @PathVariable String code,
      @RequestParam(name = PublishedFigures.AS_OF, required = false) String asOf,
      Model model) {
    String upper = code.trim().toUpperCase(Locale.ROOT);
    if (!countries.isKnownCode(upper)) {
      throw new PageNotFound("There is no country with the code \u201c" + code + "\u201d.");
    }
    PublishedFigures.Snapshot snapshot = figures.asOf(asOfControl.read(asOf, model));
    CountryProfile profile = snapshot.countryProfile(upper);
    List<StoredTransfer> stored = snapshot.stored(profile.transferIds());
    List<Transfer> transfers = stored.stream().map(StoredTransfer::transfer).toList();

    model.addAttribute("title", profile.name());
    model.addAttribute("profile", profile);
    model.addAttribute("country", countries.byCode(upper).orElseThrow());
    model.addAttribute("transfers", stored);
    model.addAttribute("all", SearchFilters.link("country", upper));
    model.addAttribute("timeline", SearchFilters.timeline(transfers, "country", upper));
    // External indices beside (never merged into) the register's own records.
    model.addAttribute(
        "layerRows", layers.rows(upper, profile.technologies().stream().map(Tally::key).toList()));
    return "country";
  }
}
