package org.sightline.core.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.model.TechnologyCategory.FACIAL_RECOGNITION;
import static org.sightline.core.model.TechnologyCategory.SAFE_CITY_PLATFORM;
import static org.sightline.core.model.TechnologyCategory.SMART_POLICING;
import static org.sightline.core.model.TechnologyCategory.SOCIAL_MEDIA_MONITORING;
import static org.sightline.core.model.TechnologyCategory.SPYWARE;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;

/**
 * Coverage gaps and cross-tabs over the small AIGS table and a fixed set of transfers, every figure
 * checked against values worked out by hand, with the transfer ids behind it.
 */
class LayerFiguresTest {
  /**
   * The register: T1 KE face, T2 KE spyware, T3 EC safe city + policing, T4 UG face, T5 DE draft.
   */
  static final List<Transfer> REGISTER =
      List.of(
          transfer("T1", "KE", PublicationState.PUBLISHED, FACIAL_RECOGNITION),
          transfer("T2", "KE", PublicationState.PUBLISHED, SPYWARE),
          transfer("T3", "EC", PublicationState.PUBLISHED, SAFE_CITY_PLATFORM, SMART_POLICING),
          transfer("T4", "UG", PublicationState.PUBLISHED, FACIAL_RECOGNITION),
          transfer("T5", "DE", PublicationState.DRAFT, FACIAL_RECOGNITION));

  static Transfer transfer(
      String id, String recipient, PublicationState state, TechnologyCategory... tech) {
    return new Transfer(
        id,
        List.of(),
        "CN",
        recipient,
        null,
        List.of(tech),
        TransferStatus.DELIVERED,
        2019,
        null,
        null,
        null,
        "summary",
        List.of(),
        state);
  }

  @Test
  void coverageListsEveryCountryAndTechnologyWhereTheSidesDisagree() throws IOException {
    List<CoverageGap> gaps = Coverage.gaps(AigsTableTest.small(), REGISTER);
    // Layer: CI{safe}, DE{face,pol,social}, EC{safe,face,pol}, KE{safe,face,social}, MM{safe,face}.
    // Register (published): KE{face,spyware}, EC{safe,pol}, UG{face}. Spyware is not covered.
    assertThat(gaps)
        .containsExactly(
            new CoverageGap("CI", SAFE_CITY_PLATFORM, true, true, List.of()),
            new CoverageGap("DE", FACIAL_RECOGNITION, true, true, List.of()),
            new CoverageGap("DE", SMART_POLICING, true, true, List.of()),
            new CoverageGap("DE", SOCIAL_MEDIA_MONITORING, true, true, List.of()),
            new CoverageGap("EC", FACIAL_RECOGNITION, true, true, List.of()),
            new CoverageGap("KE", SAFE_CITY_PLATFORM, true, true, List.of()),
            new CoverageGap("KE", SOCIAL_MEDIA_MONITORING, true, true, List.of()),
            new CoverageGap("MM", SAFE_CITY_PLATFORM, true, true, List.of()),
            new CoverageGap("MM", FACIAL_RECOGNITION, true, true, List.of()),
            new CoverageGap("UG", FACIAL_RECOGNITION, false, false, List.of("T4")));
  }

  @Test
  void crossTabCountsCountriesPerCategoryWithTheirShareAndRecords() throws IOException {
    // Indicator: KE EA, EC ED, CI EA, DE LD (the small indicators file, latest year each).
    List<IndicatorValue> values;
    try (Reader r = AigsTableTest.resource("indicators-small.csv")) {
      values = new IndicatorTable(Countries.bundled()).read(r).value();
    }
    Map<String, String> latest = Indicators.latest(values, "regime", null);
    assertThat(latest)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "KE", "electoral autocracy",
                "EC", "electoral democracy",
                "CI", "electoral autocracy",
                "DE", "liberal democracy"));
    assertThat(Indicators.latest(values, "regime", 2020))
        .containsExactlyEntriesOf(Map.of("EC", "electoral autocracy"));

    CrossTab tab = CrossTab.of("regime", latest, REGISTER);
    assertThat(tab.categories())
        .extracting(CrossTab.Category::value, CrossTab.Category::n, CrossTab.Category::countries)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("electoral autocracy", 2, List.of("CI", "KE")),
            org.assertj.core.groups.Tuple.tuple("electoral democracy", 1, List.of("EC")),
            org.assertj.core.groups.Tuple.tuple("liberal democracy", 1, List.of("DE")));
    CrossTab.Cell face = cell(tab, "electoral autocracy", "facial_recognition");
    assertThat(face.count()).isEqualTo(1);
    assertThat(face.share()).isEqualTo(0.5);
    assertThat(face.countries()).containsExactly("KE");
    assertThat(face.transferIds()).containsExactly("T1");
    CrossTab.Cell policing = cell(tab, "electoral democracy", "smart_policing");
    assertThat(policing.share()).isEqualTo(1.0);
    assertThat(policing.transferIds()).containsExactly("T3");
    // The draft T5 for DE counts nowhere.
    assertThat(cell(tab, "liberal democracy", "facial_recognition").count()).isZero();
    // Uganda has a transfer but no value: listed apart, not dropped.
    assertThat(tab.unclassified()).containsExactly("UG");
  }

  @Test
  void indicatorFilesAreRefusedWithEveryBadLineNamed() throws IOException {
    try (Reader r = AigsTableTest.resource("indicators-bad.csv")) {
      Parsed<List<IndicatorValue>> parsed = new IndicatorTable(Countries.bundled()).read(r);
      assertThat(parsed.problems())
          .extracting(TableProblem::toString)
          .containsExactly(
              "line 3: country \u201cAtlantis\u201d is not a country Sightline knows",
              "line 4: year \u201c21\u201d is not a year (1900\u20132100); value must be"
                  + " 1\u2013200 characters",
              "line 5: a second value of regime for KE in 2021");
    }
  }

  private static CrossTab.Cell cell(CrossTab tab, String category, String technology) {
    return tab.categories().stream()
        .filter(c -> c.value().equals(category))
        .flatMap(c -> c.cells().stream())
        .filter(c -> c.technology().equals(technology))
        .findFirst()
        .orElseThrow();
  }
}
