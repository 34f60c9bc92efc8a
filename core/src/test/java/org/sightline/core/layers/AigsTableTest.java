package org.sightline.core.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.registry.OrganizationNames;

/** The AIGS table reader on small tables of our own (test resources), not the real file. */
class AigsTableTest {
  private static final Countries COUNTRIES = Countries.bundled();

  /** The register knows Huawei (O1), Hikvision (O2) and Palantir (O3), by name key. */
  static final Function<String, Optional<String>> ORGS =
      name ->
          Optional.ofNullable(
              Map.of("huawei", "O1", "hikvision", "O2", "palantir", "O3")
                  .get(OrganizationNames.key(name)));

  static Reader resource(String name) {
    return new InputStreamReader(
        AigsTableTest.class.getResourceAsStream(name), StandardCharsets.UTF_8);
  }

  static NameMapping names(String resource) throws IOException {
    try (Reader r = resource(resource)) {
      Parsed<NameMapping> parsed = NameMapping.read(r);
      assertThat(parsed.problems()).isEmpty();
      return parsed.value();
    }
  }

  static Layer small() throws IOException {
    try (Reader r = resource("aigs-small.csv")) {
      Parsed<Layer> parsed = new AigsTable(COUNTRIES, NameMapping.NONE, ORGS).read(r);
      assertThat(parsed.problems()).isEmpty();
      return parsed.value();
    }
  }

  @Test
  void flagsBecomeOurTechnologyKeysAndChinaAndUsTechBecomeSupplierCountries() throws IOException {
    Layer layer = small();
    assertThat(layer.id()).isEqualTo("aigs-2022");
    assertThat(layer.citation().doi()).isEqualTo("10.17632/gjhf5y4xjp.4");
    assertThat(layer.citation().licence()).isEqualTo("CC BY 4.0");
    // Ordered by code; "Burma/Myanmar" and "Ivory Coast" resolve through the gazetteer.
    assertThat(layer.rows())
        .extracting(LayerRow::country)
        .containsExactly("CI", "DE", "EC", "KE", "MM");

    LayerRow kenya = layer.row("KE").orElseThrow();
    assertThat(kenya.line()).isEqualTo(2);
    assertThat(kenya.technologies())
        .containsExactly(
            TechnologyCategory.SAFE_CITY_PLATFORM,
            TechnologyCategory.FACIAL_RECOGNITION,
            TechnologyCategory.SOCIAL_MEDIA_MONITORING);
    assertThat(kenya.supplierCountries()).containsExactly("CN");
    assertThat(kenya.otherSupplierCountries()).containsExactly("IL", "JP");
    assertThat(kenya.companies())
        .containsExactly(
            new LayerCompany("Huawei", "O1"),
            new LayerCompany("Safaricom", null),
            new LayerCompany("NEC", null));
    assertThat(kenya.attributes())
        .containsEntry("regime_type", "Electoral autocracy")
        .containsEntry("region", "AF")
        .containsEntry("belt_and_road_member", "yes")
        .doesNotContainKey("china_odi_rank");

    LayerRow germany = layer.row("DE").orElseThrow();
    assertThat(germany.supplierCountries()).containsExactly("US");
    assertThat(germany.multipleCompanies()).isTrue();
    assertThat(germany.companies()).containsExactly(new LayerCompany("Palantir", "O3"));
    // "Hikvsion" (misspelt) does not resolve without a mapping.
    assertThat(layer.row("MM").orElseThrow().companies())
        .containsExactly(new LayerCompany("Huawei", "O1"), new LayerCompany("Hikvsion", null));
    // "NO DATA" is no value.
    assertThat(layer.row("CI").orElseThrow().attributes())
        .doesNotContainKey("freedom_on_the_net_status");
  }

  @Test
  void statsMatchTheCountsByHand() throws IOException {
    LayerStats stats = LayerStats.of(small());
    assertThat(stats.countries()).isEqualTo(5);
    // safe city: KE MM EC CI; face: KE MM EC DE; policing: EC DE; social media: KE DE.
    assertThat(stats.categories())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "facial_recognition", 4,
                "safe_city_platform", 4,
                "smart_policing", 2,
                "social_media_monitoring", 2));
    assertThat(stats.supplierCountries())
        .containsExactlyInAnyOrderEntriesOf(Map.of("CN", 4, "US", 1));
  }

  @Test
  void categoricalColumnsAreOfferedAsIndicatorsInACanonicalOrder() throws IOException {
    // The order must not depend on hash iteration: the stored content hash is computed from it.
    assertThat(small().indicators())
        .extracting(v -> v.country() + " " + v.indicator())
        .startsWith(
            "CI aigs-2022:regime_type",
            "CI aigs-2022:region",
            "DE aigs-2022:freedom_on_the_net_status");
    assertThat(small().indicators())
        .contains(
            new IndicatorValue("KE", 2021, "aigs-2022:regime_type", "Electoral autocracy"),
            new IndicatorValue("DE", 2021, "aigs-2022:regime_type", "Liberal democracy"),
            new IndicatorValue("EC", 2022, "aigs-2022:region", "WHA"))
        .noneMatch(v -> v.country().equals("CI") && v.indicator().endsWith("status"));
  }

  @Test
  void damagedCellsRefuseTheTableNamingEachRow() throws IOException {
    try (Reader r = resource("aigs-damaged.csv")) {
      Parsed<Layer> parsed = new AigsTable(COUNTRIES, NameMapping.NONE, ORGS).read(r);
      assertThat(parsed.ok()).isFalse();
      assertThat(parsed.value()).isNull();
      assertThat(parsed.problems()).extracting(TableProblem::line).containsExactly(7L, 8L, 8L);
      assertThat(parsed.problems().get(0).toString())
          .startsWith(
              "line 7: Country (UnitElectoral Democracy States of AmeriClosed Autocracy): the cell")
          .contains("is damaged")
          .contains("--names FILE");
      assertThat(parsed.problems().get(1).toString())
          .startsWith("line 8: Other Countries (South Korea): the cell \u201cSouth KorElectoral");
    }
  }

  @Test
  void aNameMappingRepairsTheDamagedCellsAndMisspeltCompanies() throws IOException {
    NameMapping names = names("aigs-damaged-names.csv");
    try (Reader r = resource("aigs-damaged.csv")) {
      Parsed<Layer> parsed = new AigsTable(COUNTRIES, names, ORGS).read(r);
      assertThat(parsed.problems()).isEmpty();
      Layer layer = parsed.value();
      assertThat(layer.rows()).hasSize(7);
      LayerRow us = layer.row("US").orElseThrow();
      assertThat(us.writtenAs()).startsWith("UnitElectoral");
      assertThat(us.supplierCountries()).containsExactly("US");
      assertThat(layer.row("KR").orElseThrow().otherSupplierCountries())
          .containsExactly("KR", "SE", "RU");
      assertThat(layer.row("MM").orElseThrow().companies())
          .contains(new LayerCompany("Hikvision", "O2"));
    }
  }

  @Test
  void anUnknownCountryABadFlagAndAMissingColumnAreEachOneLine() {
    String header =
        "Country,Region,V-Dem Electoral Democracy Index 2021,V-Dem Regime Type 2021,Feldstein"
            + " Digital Repression Index 2021,Freedom on the Net 2021 Status,Freedom on the Net"
            + " 2021 Score,Military Expenditures (USD) 2018,Military Expenditures Ranking"
            + " (2018),Member of Belt & Road Initiative,China ODI Rank (EIU),Safe City"
            + " System,Facial Recognition System,Smart Policing,Social Media Surveillance,China"
            + " Tech,US Tech,Other Countries,Company 1,Company 2,Company 3,Company 4,Company 5\n";
    String rows =
        "Atlantis,AF,0.4,EA,0.1,FREE,1,1,1,1,,1,0,0,0,1,0,0,0,0,0,0,0\n"
            + "Kenya,AF,0.4,XX,0.1,FREE,1,1,1,1,,yes,0,0,0,1,0,0,0,0,0,0,0\n"
            + "Kenya,AF,0.4,EA,0.1,FREE,1,1,1,1,,1,0,0,0,1,0,0,0,0,0,0,0\n"
            + "Kenya,AF,0.4,EA,0.1,FREE,1,1,1,1,,1,0,0,0,1,0,0,0,0,0,0,0\n";
    AigsTable table = new AigsTable(COUNTRIES, NameMapping.NONE, ORGS);
    Parsed<Layer> parsed = table.read(new StringReader(header + rows));
    assertThat(parsed.problems())
        .extracting(TableProblem::toString)
        .containsExactly(
            "line 2: Country (Atlantis): \u201cAtlantis\u201d is not a country Sightline knows;"
                + " say which it is in a name mapping (--names FILE with the columns name,means)",
            "line 3: Safe City System (Kenya) is \u201cyes\u201d, expected 0 or 1",
            "line 3: V-Dem Regime Type 2021 (Kenya) is \u201cXX\u201d, expected CA, EA, ED or LD",
            "line 5: a second row for Kenya (KE)");

    Parsed<Layer> noColumn = table.read(new StringReader("Country,Region\nKenya,AF\n"));
    assertThat(noColumn.problems())
        .extracting(TableProblem::toString)
        .contains("line 1: the header has no column \u201cChina Tech\u201d")
        .allMatch(p -> p.startsWith("line 1: the header has no column"));

    Parsed<Layer> broken = table.read(new StringReader(header + "\"Kenya,AF\n"));
    assertThat(broken.problems()).hasSize(1);
    assertThat(broken.problems().get(0).message()).startsWith("not valid CSV");
  }
}
