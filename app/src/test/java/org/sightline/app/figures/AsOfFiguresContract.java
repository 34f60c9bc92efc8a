package org.sightline.app.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sightline.app.SightlineWebApp;
import org.sightline.app.testing.TestRecords;
import org.sightline.core.layers.IndicatorValue;
import org.sightline.core.layers.Layer;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.ingest.Importer;
import org.sightline.store.ingest.RecordKind;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures as of a day, before and after an edit and a retraction, on the fixed register of {@link
 * FixedDatasetFiguresTest} (the same CSV files) with a history of three days:
 *
 * <ul>
 *   <li>2024-03-01 10:00 UTC: the six organizations and five transfers are published. Kenya has
 *       T9001 and T9003, Uganda T9002, Mexico T9004, Tanzania T9005; Acme Vision (O9001, with its
 *       subsidiary) supplied T9001, T9002, T9003 and T9005 in KE, UG and TZ.
 *   <li>2024-03-02 09:00: T9001's recipient is corrected from KE to UG.
 *   <li>2024-03-03 09:00: T9003 (KE, spyware, Grand Bank EUR 30) is retracted.
 * </ul>
 *
 * By hand: as of 03-01, 5 transfers in 4 countries, Kenya 2 (T9001, T9003); as of 03-02, still 5 in
 * 4, Kenya 1 (T9003), Uganda 2 (T9001, T9002); as of 03-03 and today, 4 transfers in 3 countries
 * (UG, MX, TZ), Kenya none, Acme Vision 3 transfers (T9001, T9002, T9005) in 2 countries, spyware
 * nowhere. Beside it, a layer that records spyware in Kenya, and an indicator {@code test_bloc}: KE
 * and UG "A", MX and TZ "B". Subclasses pick the engine; the history is written before the
 * application starts, with the revisions' times set to those days (the writer stamps them with the
 * time of writing).
 */
@SpringBootTest(classes = SightlineWebApp.class)
@AutoConfigureMockMvc
abstract class AsOfFiguresContract {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;

  /** Loads the fixed register into this database and gives it its three days of history. */
  static void writeHistory(DatabaseConfig config) throws IOException, SQLException {
    Path dir = Files.createTempDirectory("sightline-asof-files");
    try (Database db = Database.open(config)) {
      Importer importer = new Importer(db);
      FixedDatasetFiguresTest.load(importer, dir, "organizations.csv", RecordKind.ORGANIZATIONS);
      FixedDatasetFiguresTest.load(importer, dir, "transfers.csv", RecordKind.TRANSFERS);
      LayerStore layers = new LayerStore(db);
      layers.save(spywareInKenya(), "fixture");
      layers.saveIndicators(
          List.of(
              new IndicatorValue("KE", 2020, "test_bloc", "A"),
              new IndicatorValue("UG", 2020, "test_bloc", "A"),
              new IndicatorValue("MX", 2020, "test_bloc", "B"),
              new IndicatorValue("TZ", 2020, "test_bloc", "B")));
      RegisterWriter writer = new RegisterWriter(db);
      Transfer t =
          new JdbcRegister(db).findTransfer("T9001", Visibility.REVIEWER).orElseThrow().transfer();
      Transfer moved =
          new Transfer(
              t.id(),
              t.supplierOrgs(),
              t.supplierCountry(),
              "UG",
              t.endUser(),
              t.technologies(),
              t.status(),
              t.yearStart(),
              t.yearEnd(),
              t.value(),
              t.financing(),
              t.summary(),
              t.sources(),
              t.state());
      writer.saveTransfers(List.of(moved), "fixture", "recipient corrected");
      assertThat(writer.retractTransfer("T9003", "fixture", "source withdrawn")).isTrue();
      try (Connection c = db.connection()) {
        c.setAutoCommit(true);
        setTime(
            c, "UPDATE revision SET created_at = ? WHERE revision_no = 1", "2024-03-01T10:00:00Z");
        setTime(
            c,
            "UPDATE revision SET created_at = ? WHERE entity_id = 'T9001' AND revision_no = 2",
            "2024-03-02T09:00:00Z");
        setTime(
            c,
            "UPDATE revision SET created_at = ? WHERE entity_id = 'T9003' AND revision_no = 2",
            "2024-03-03T09:00:00Z");
      }
    }
  }

  private static Layer spywareInKenya() {
    return TestRecords.oneRowLayer(
        "test-index", "KE", "Kenya", TechnologyCategory.SPYWARE, List.of());
  }

  private static void setTime(Connection c, String sql, String at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, OffsetDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC));
      assertThat(ps.executeUpdate()).as(sql).isPositive();
    }
  }

  // --- API -------------------------------------------------------------------------------------

  @Test
  void statsBeforeAndAfterTheEditAndTheRetraction() throws Exception {
    JsonNode dayOne = json("/api/v1/stats?as_of=2024-03-01");
    assertThat(dayOne.get("transfers").asInt()).isEqualTo(5);
    assertThat(dayOne.get("recipient_countries").asInt()).isEqualTo(4);
    assertThat(reach(dayOne, "spyware")).containsExactly("T9003");
    assertThat(reach(dayOne, "video_surveillance")).containsExactly("T9001", "T9002", "T9005");

    JsonNode dayTwo = json("/api/v1/stats?as_of=2024-03-02");
    assertThat(dayTwo.get("transfers").asInt()).isEqualTo(5);
    assertThat(dayTwo.get("recipient_countries").asInt()).isEqualTo(4);

    JsonNode dayThree = json("/api/v1/stats?as_of=2024-03-03");
    assertThat(dayThree.get("transfers").asInt()).isEqualTo(4);
    assertThat(dayThree.get("recipient_countries").asInt()).isEqualTo(3);
    assertThat(reach(dayThree, "spyware")).isEmpty();
    // Today's figures are the register as it is: the same as at the end of the last change's day.
    assertThat(json("/api/v1/stats")).isEqualTo(dayThree);
    assertThat(json("/api/v1/stats?as_of=" + java.time.LocalDate.now(ZoneOffset.UTC)))
        .isEqualTo(dayThree);
  }

  @Test
  void countriesAsOfShowTheRecordsAsTheyWere() throws Exception {
    assertThat(countryIds("2024-03-01"))
        .containsExactly(
            Map.entry("KE", List.of("T9001", "T9003")),
            Map.entry("MX", List.of("T9004")),
            Map.entry("TZ", List.of("T9005")),
            Map.entry("UG", List.of("T9002")));
    assertThat(countryIds("2024-03-02"))
        .containsExactly(
            Map.entry("KE", List.of("T9003")),
            Map.entry("MX", List.of("T9004")),
            Map.entry("TZ", List.of("T9005")),
            Map.entry("UG", List.of("T9001", "T9002")));
    assertThat(countryIds("2024-03-03"))
        .containsExactly(
            Map.entry("MX", List.of("T9004")),
            Map.entry("TZ", List.of("T9005")),
            Map.entry("UG", List.of("T9001", "T9002")));

    JsonNode kenya = json("/api/v1/countries/KE?as_of=2024-03-01");
    assertThat(kenya.get("transfer_count").asInt()).isEqualTo(2);
    List<String> recipients = new ArrayList<>();
    kenya.get("transfers").forEach(t -> recipients.add(t.get("recipient_country").asString()));
    // The records as they stood: T9001 still went to Kenya then.
    assertThat(recipients).containsExactly("KE", "KE");
    assertThat(json("/api/v1/countries/KE?as_of=2024-03-02").get("transfer_count").asInt())
        .isEqualTo(1);
    assertThat(json("/api/v1/countries/KE").get("transfer_count").asInt()).isZero();
  }

  @Test
  void organizationFootprintAndFinancingAsOf() throws Exception {
    JsonNode before = json("/api/v1/organizations/O9001?as_of=2024-03-01");
    assertThat(texts(before.at("/footprint/transfer_ids")))
        .containsExactly("T9001", "T9002", "T9003", "T9005");
    assertThat(before.at("/footprint/countries").size()).isEqualTo(3);
    JsonNode after = json("/api/v1/organizations/O9001?as_of=2024-03-03");
    assertThat(texts(after.at("/footprint/transfer_ids")))
        .containsExactly("T9001", "T9002", "T9005");
    assertThat(after.at("/footprint/countries").size()).isEqualTo(2);
    assertThat(json("/api/v1/organizations/O9001").get("footprint"))
        .isEqualTo(after.get("footprint"));
    // The lender financed T9003 (EUR 30) until it was retracted.
    assertThat(
            texts(
                json("/api/v1/organizations/O9003?as_of=2024-03-02").at("/financing/transfer_ids")))
        .containsExactly("T9001", "T9002", "T9003", "T9005");
    assertThat(
            texts(
                json("/api/v1/organizations/O9003?as_of=2024-03-03").at("/financing/transfer_ids")))
        .containsExactly("T9001", "T9002", "T9005");
  }

  @Test
  void badFutureAndTooEarlyDaysAreRefusedNamingTheParameter() throws Exception {
    for (String bad : List.of("2024-13-01", "yesterday", "2024-3-1")) {
      String body = error("/api/v1/stats?as_of=" + bad);
      assertThat(body).contains("as_of").contains("YYYY-MM-DD").contains(bad);
    }
    assertThat(error("/api/v1/countries?as_of=2999-01-01")).contains("has not ended");
    assertThat(error("/api/v1/countries/KE?as_of=2024-02-29"))
        .contains("before the register's first revision (2024-03-01)");
    assertThat(error("/api/v1/organizations/O9001?as_of=2024-02-29")).contains("as_of");
    // An unknown parameter is still refused, and the message lists as_of as accepted.
    assertThat(error("/api/v1/stats?asof=2024-03-01")).contains("takes as_of");
    mvc.perform(get("/countries/KE?as_of=2024-02-30")).andExpect(status().isBadRequest());
  }

  @Test
  void coverageAndCrossTabAsOf() throws Exception {
    // Kenya's spyware (T9003) is in both the layer and the register until its retraction.
    assertThat(json("/api/v1/layers/test-index/coverage?as_of=2024-03-02").get("gaps").asInt())
        .isZero();
    JsonNode after = json("/api/v1/layers/test-index/coverage?as_of=2024-03-03");
    assertThat(after.get("gaps").asInt()).isEqualTo(1);
    assertThat(after.at("/items/0/country").asString()).isEqualTo("KE");
    assertThat(after.at("/items/0/recorded_by").asString()).isEqualTo("layer");
    assertThat(json("/api/v1/layers/test-index/coverage")).isEqualTo(after);

    // Bloc A (KE, UG): video surveillance in both on 03-01 (T9001 KE, T9002 UG), in UG alone once
    // T9001 moved there; spyware in KE until the retraction.
    JsonNode dayOne = json("/api/v1/crosstab?indicator=test_bloc&as_of=2024-03-01");
    assertThat(cell(dayOne, "A", "video_surveillance", "countries")).containsExactly("KE", "UG");
    assertThat(cell(dayOne, "A", "video_surveillance", "transfer_ids"))
        .containsExactly("T9001", "T9002");
    assertThat(cell(dayOne, "A", "spyware", "transfer_ids")).containsExactly("T9003");
    JsonNode dayTwo = json("/api/v1/crosstab?indicator=test_bloc&as_of=2024-03-02");
    assertThat(cell(dayTwo, "A", "video_surveillance", "countries")).containsExactly("UG");
    assertThat(cell(dayTwo, "A", "video_surveillance", "transfer_ids"))
        .containsExactly("T9001", "T9002");
    JsonNode today = json("/api/v1/crosstab?indicator=test_bloc");
    assertThat(cell(today, "A", "spyware", "transfer_ids")).isEmpty();
    assertThat(error("/api/v1/crosstab?indicator=test_bloc&as_of=2024-02-01")).contains("as_of");

    Document coverage = page("/coverage?as_of=2024-03-02");
    assertThat(coverage.selectFirst("#as-of-note").text()).startsWith("As of 2024-03-02");
    assertThat(coverage.selectFirst("#gaps-layer-only").text()).isEqualTo("0");
    assertThat(page("/coverage?as_of=2024-03-03").selectFirst("#gaps-layer-only").text())
        .isEqualTo("1");
    Document crossTab = page("/crosstab?indicator=test_bloc&as_of=2024-03-01");
    assertThat(crossTab.selectFirst("#as-of-note")).isNotNull();
    assertThat(crossTab.select("form.as-of-form input[type=hidden]").eachAttr("value"))
        .containsExactly("test_bloc");
    assertThat(crossTab.select("a[href^=/api/v1/crosstab]").eachAttr("href"))
        .containsExactly("/api/v1/crosstab?indicator=test_bloc&year=&as_of=2024-03-01");
  }

  // --- pages -----------------------------------------------------------------------------------

  @Test
  void pagesSayAsOfAndShowThatDaysFigures() throws Exception {
    Document home = page("/?as_of=2024-03-01");
    assertThat(home.selectFirst("#as-of-note").text()).startsWith("As of 2024-03-01");
    assertThat(home.selectFirst("#fig-transfers").text()).isEqualTo("5");
    assertThat(home.selectFirst("#fig-countries").text()).isEqualTo("4");
    assertThat(home.selectFirst("#as_of").attr("value")).isEqualTo("2024-03-01");
    assertThat(home.selectFirst("#as_of").attr("min")).isEqualTo("2024-03-01");
    Document today = page("/");
    assertThat(today.selectFirst("#as-of-note")).isNull();
    assertThat(today.selectFirst("#fig-transfers").text()).isEqualTo("4");
    // The map's selectors keep the day, and the day keeps the selectors.
    Document spyware = page("/?technology=spyware&as_of=2024-03-01");
    assertThat(spyware.select("form.as-of-form input[type=hidden]").eachAttr("name"))
        .containsExactly("technology");
    assertThat(spyware.selectFirst("#as-of-today").attr("href")).isEqualTo("/?technology=spyware");
    assertThat(spyware.select("form[action=/] input[name=as_of]").eachAttr("value"))
        .containsExactly("2024-03-01");
    assertThat(spyware.text()).contains("Showing 1 transfers matching");
    assertThat(spyware.selectFirst("form[action=/] a").attr("href"))
        .isEqualTo("/?as_of=2024-03-01");
    assertThat(page("/?technology=spyware").text()).doesNotContain("Showing 1 transfers");

    Document kenya = page("/countries/KE?as_of=2024-03-01");
    assertThat(kenya.selectFirst("#fig-transfers").text()).isEqualTo("2");
    assertThat(kenya.select("article.transfer .id").eachText()).containsExactly("T9001", "T9003");
    assertThat(kenya.selectFirst("#as-of-note").text())
        .contains("Links to lists of records open today's register");
    assertThat(page("/countries/KE?as_of=2024-03-02").select("article.transfer .id").eachText())
        .containsExactly("T9003");
    assertThat(page("/countries/KE").select("article.transfer")).isEmpty();

    Document acme = page("/organizations/O9001?as_of=2024-03-01");
    assertThat(acme.selectFirst("#fig-transfers").text()).isEqualTo("4");
    assertThat(acme.selectFirst("#fig-countries").text()).isEqualTo("3");
    Document acmeToday = page("/organizations/O9001");
    assertThat(acmeToday.selectFirst("#fig-transfers").text()).isEqualTo("3");
    assertThat(acmeToday.selectFirst("#fig-countries").text()).isEqualTo("2");
  }

  @Test
  void aPageRefusesABadDayWithAMessage() throws Exception {
    String html =
        mvc.perform(get("/organizations/O9001?as_of=2999-01-01"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(html).text()).contains("2999-01-01, a day that has not ended");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Map<String, List<String>> countryIds(String day) throws Exception {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    json("/api/v1/countries?as_of=" + day)
        .forEach(c -> out.put(c.get("code").asString(), texts(c.get("transfer_ids"))));
    return out;
  }

  /** A cross-tab cell's list (countries or transfer ids); empty when the cell is not there. */
  private static List<String> cell(JsonNode tab, String category, String technology, String list) {
    for (JsonNode c : tab.get("categories")) {
      if (c.get("value").asString().equals(category)) {
        for (JsonNode cell : c.get("cells")) {
          if (cell.get("technology").asString().equals(technology)) {
            return texts(cell.get(list));
          }
        }
      }
    }
    return List.of();
  }

  private static List<String> reach(JsonNode stats, String technology) {
    for (JsonNode r : stats.get("countries_per_technology")) {
      if (r.get("key").asString().equals(technology)) {
        return texts(r.get("transfer_ids"));
      }
    }
    return List.of();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private JsonNode json(String path) throws Exception {
    return JSON.readTree(okBody(mvc, get(URI.create(path))));
  }

  private String error(String path) throws Exception {
    return mvc.perform(get(URI.create(path)))
        .andExpect(status().isBadRequest())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(okBody(mvc, get(URI.create(path))));
  }
}
