package org.sightline.app.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sightline.app.SightlineWebApp;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.ingest.ImportReport;
import org.sightline.store.ingest.Importer;
import org.sightline.store.ingest.ProgressListener;
import org.sightline.store.ingest.RecordKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure of the pages and the API over a small fixed register (six organizations, five
 * transfers, {@code src/test/resources/org/sightline/app/figures/}), checked against values worked
 * out by hand, together with the ids of the records each figure's link lists.
 *
 * <p>The register by hand: Acme Vision (O9001) supplied T9001 (KE, 2015, Grand Bank USD 100), T9003
 * (KE, undated, Grand Bank EUR 30) and T9005 (TZ, undated, Grand Bank, no amount); its subsidiary
 * Acme Subsidiary (O9002) T9002 (UG, 2018, lender written "GB Credit", an alias of Grand Bank, USD
 * 50); Other Corp (O9006) T9004 (MX, 2018, no loan). The Ministry of Interior of Kenya (O9004) is
 * the end user of T9001, Uganda's (O9005, same name) of T9002.
 */
@SpringBootTest(
    classes = SightlineWebApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FixedDatasetFiguresTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  @DynamicPropertySource
  static void fixedRegister(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("sightline-fixed");
    try (Database db = Database.open(DatabaseConfig.resolve(null, null, null, data, Map.of()))) {
      Importer importer = new Importer(db);
      load(importer, data, "organizations.csv", RecordKind.ORGANIZATIONS);
      load(importer, data, "transfers.csv", RecordKind.TRANSFERS);
    }
    registry.add("sightline.data", data::toString);
    registry.add("sightline.starter-data", () -> "false");
  }

  /** Imports one of the fixed dataset's files (a test resource beside this class). */
  static void load(Importer importer, Path dir, String name, RecordKind kind) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = FixedDatasetFiguresTest.class.getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    ImportReport report = importer.importFile(file, kind, false, "fixture", ProgressListener.NONE);
    assertThat(report.ok()).as(report.toString()).isTrue();
  }

  // --- pages -----------------------------------------------------------------------------------

  @Test
  void homeFigures() throws Exception {
    Document home = page("/");
    assertFigure(home, "#fig-transfers", 5, "T9001", "T9002", "T9003", "T9004", "T9005");
    assertFigure(home, "#fig-countries", 4, "T9001", "T9002", "T9003", "T9004", "T9005");
    assertFigure(home, "#fig-suppliers", 3, "T9001", "T9002", "T9003", "T9004", "T9005");
    // Transfers per technology and the countries they reached: video surveillance went to KE
    // (T9001), UG (T9002) and TZ (T9005).
    Element video = row(home, "Video surveillance");
    assertCell(video, 0, 3, "T9001", "T9002", "T9005");
    assertCell(video, 1, 3, "T9001", "T9002", "T9005");
    // The recipient table: Kenya 2.
    assertCell(row(home, "Kenya"), 0, 2, "T9001", "T9003");
  }

  @Test
  void countryFiguresIncludeTheUndatedBucket() throws Exception {
    Document kenya = page("/countries/KE");
    assertFigure(kenya, "#fig-transfers", 2, "T9001", "T9003");
    assertCell(row(kenya, "Spyware"), 0, 1, "T9003");
    assertCell(row(kenya, "Acme Vision"), 0, 2, "T9001", "T9003");
    // Financing: Grand Bank, USD 100 and EUR 30, two transfers; the lender links to its page.
    Element lender = row(kenya, "Grand Bank");
    assertThat(lender.text()).contains("EUR 30").contains("USD 100");
    assertThat(lender.selectFirst("th a").attr("href")).isEqualTo("/organizations/O9003");
    assertCell(lender, 0, 2, "T9001", "T9003");
    // Timeline: 2015 one, and T9003 in the undated bucket, with its own link.
    assertThat(kenya.select(".timeline details td").eachText()).containsExactly("1", "1");
    assertLink(kenya.selectFirst("a.undated-link"), "T9003");
    assertThat(kenya.selectFirst("a.undated-link").text()).startsWith("1 transfer has");
    assertThat(kenya.selectFirst(".timeline a.undated").attr("aria-label"))
        .isEqualTo("no start year known: 1 transfer");
  }

  @Test
  void vendorRollsUpItsSubsidiaryAndMarksIt() throws Exception {
    Document acme = page("/organizations/O9001");
    assertFigure(acme, "#fig-transfers", 4, "T9001", "T9002", "T9003", "T9005");
    assertFigure(acme, "#fig-countries", 3, "T9001", "T9002", "T9003", "T9005");
    assertThat(acme.selectFirst("dl.figures").text())
        .contains("Transfers supplied (with subsidiaries)");
    assertThat(acme.select("dl.facts a").eachAttr("href")).contains("/organizations/O9002");
    // Exactly the subsidiary's transfer is marked.
    assertThat(acme.select("p.via")).hasSize(1);
    assertThat(acme.selectFirst("p.via").nextElementSibling().selectFirst(".id").text())
        .isEqualTo("T9002");
    // Timeline: 2015 and 2018 one each, two undated (T9003, T9005): 4 in all, none dropped.
    assertThat(acme.select(".timeline details td").eachText()).containsExactly("1", "1", "2");
    assertLink(acme.selectFirst("a.undated-link"), "T9003", "T9005");
    assertCell(row(acme, "Kenya"), 0, 2, "T9001", "T9003");
    // The subsidiary's page names its parent, as a link.
    Document sub = page("/organizations/O9002");
    assertFigure(sub, "#fig-transfers", 1, "T9002");
    assertThat(sub.select("dl.facts a").eachAttr("href")).contains("/organizations/O9001");
  }

  @Test
  void lenderPageListsWhatItFinancedWithTotalsByCurrency() throws Exception {
    Document bank = page("/organizations/O9003");
    assertThat(bank.selectFirst(".crumbs").text()).isEqualTo("Organizations › Lenders");
    assertThat(bank.selectFirst(".crumbs a[href='/organizations?kind=lender']")).isNotNull();
    // Under its name and under its alias "GB Credit".
    assertFigure(bank, "#fig-financed", 4, "T9001", "T9002", "T9003", "T9005");
    String totals = bank.selectFirst("#financing-title").parent().selectFirst("p").text();
    assertThat(totals).contains("EUR 30").contains("USD 150").contains("1 of them without");
    assertCell(row(bank, "Kenya"), 0, 2, "T9001", "T9003");
    assertThat(bank.select("#financing-title ~ article.transfer .id").eachText())
        .containsExactly("T9001", "T9002", "T9003", "T9005");
    // The lender on a transfer's page links here.
    Document t = page("/transfers/T9002");
    assertThat(t.select("table.record a").eachAttr("href"))
        .contains("/organizations/O9003", "/organizations/O9005");
  }

  @Test
  void agencyPagesListWhatTheyReceivedByCountry() throws Exception {
    // Two agencies share a name; each is the end user of its own country's transfer only.
    assertFigure(page("/organizations/O9004"), "#fig-received", 1, "T9001");
    assertFigure(page("/organizations/O9005"), "#fig-received", 1, "T9002");
    Document t = page("/transfers/T9001");
    assertThat(t.select("table.record a").eachAttr("href")).contains("/organizations/O9004");
  }

  @Test
  void directoryCountsAndEveryOrganizationIsLinked() throws Exception {
    Document all = page("/organizations");
    assertThat(all.selectFirst("#org-total").text()).isEqualTo("6");
    assertThat(all.select("#directory tbody th a").eachAttr("href"))
        .containsExactlyInAnyOrder(
            "/organizations/O9001",
            "/organizations/O9002",
            "/organizations/O9003",
            "/organizations/O9004",
            "/organizations/O9005",
            "/organizations/O9006");
    Map<String, String> kinds = new LinkedHashMap<>();
    for (Element k : all.select("nav.kinds a[data-kind]")) {
      kinds.put(k.attr("data-kind"), k.selectFirst(".count").text());
    }
    assertThat(kinds)
        .containsExactly(
            Map.entry("vendor", "3"),
            Map.entry("integrator", "0"),
            Map.entry("lender", "1"),
            Map.entry("investor", "0"),
            Map.entry("agency", "2"));
    Element acme = all.selectFirst("#directory tr[data-id=O9001]");
    assertCell(acme, 0, 4, "T9001", "T9002", "T9003", "T9005");
    assertThat(acme.selectFirst("abbr.rollup")).isNotNull();
    assertCell(
        all.selectFirst("#directory tr[data-id=O9003]"), 1, 4, "T9001", "T9002", "T9003", "T9005");
    assertCell(all.selectFirst("#directory tr[data-id=O9004]"), 2, 1, "T9001");

    Document lenders = page("/organizations?kind=lender");
    assertThat(lenders.select("#directory tbody th a").eachText()).containsExactly("Grand Bank");
    Document kenyan = page("/organizations?country=KE");
    assertThat(kenyan.select("#directory tbody tr").eachAttr("data-id")).containsExactly("O9004");
  }

  @Test
  void networkAndSearchFacets() throws Exception {
    Document network = page("/network");
    assertThat(network.selectFirst("#network-suppliers").text()).isEqualTo("3");
    assertLink(
        network.selectFirst("#network-transfers"), "T9001", "T9002", "T9003", "T9004", "T9005");
    assertThat(network.selectFirst("#network-transfers").text()).isEqualTo("5 transfers");
    assertThat(network.select("#network-table tbody tr")).hasSize(4);

    Document search = page("/search");
    Element years = search.selectFirst("section.facet[data-facet=started]");
    Map<String, String> byYear = new LinkedHashMap<>();
    for (Element a : years.select("li a")) {
      byYear.put(a.selectFirst(".label").text(), a.selectFirst(".count").text());
    }
    assertThat(byYear)
        .containsExactly(Map.entry("2018", "2"), Map.entry("2015", "1"), Map.entry("undated", "2"));
    assertLink(years.select("li a").last(), "T9003", "T9005");
  }

  // --- API -------------------------------------------------------------------------------------

  @Test
  void apiFiguresCarryTheirRecords() throws Exception {
    JsonNode stats = json("/api/v1/stats");
    assertThat(stats.get("transfers").asInt()).isEqualTo(5);
    assertThat(stats.get("recipient_countries").asInt()).isEqualTo(4);
    JsonNode video = stats.get("countries_per_technology").get(0);
    assertThat(video.get("key").asString()).isEqualTo("video_surveillance");
    assertThat(video.get("countries").asInt()).isEqualTo(3);
    assertThat(texts(video.get("transfer_ids"))).containsExactly("T9001", "T9002", "T9005");

    JsonNode acme = json("/api/v1/organizations/O9001");
    assertThat(texts(acme.get("footprint").get("transfer_ids")))
        .containsExactly("T9001", "T9002", "T9003", "T9005");
    assertThat(texts(acme.get("via_subsidiaries"))).containsExactly("T9002");

    JsonNode bank = json("/api/v1/organizations/O9003").get("financing");
    assertThat(bank.get("transfers").asInt()).isEqualTo(4);
    assertThat(bank.get("transfers_without_amount").asInt()).isEqualTo(1);
    assertThat(bank.get("amount_by_currency").get("USD").decimalValue())
        .isEqualByComparingTo("150");
    assertThat(bank.get("amount_by_currency").get("EUR").decimalValue()).isEqualByComparingTo("30");
    assertThat(texts(bank.get("transfer_ids"))).containsExactly("T9001", "T9002", "T9003", "T9005");
    assertThat(texts(json("/api/v1/organizations/O9005").get("end_user_transfer_ids")))
        .containsExactly("T9002");
    assertThat(texts(json("/api/v1/countries/KE").get("undated_transfer_ids")))
        .containsExactly("T9003");

    // The list endpoint takes the filters the figures link with.
    assertThat(ids("/api/v1/transfers?region=Africa"))
        .containsExactly("T9001", "T9002", "T9003", "T9005");
    assertThat(ids("/api/v1/transfers?undated=true")).containsExactly("T9003", "T9005");
    assertThat(ids("/api/v1/transfers?lender=GB%20Credit"))
        .containsExactly("T9001", "T9002", "T9003", "T9005");
    assertThat(ids("/api/v1/transfers?vendor=O9001&started=2018")).containsExactly("T9002");
    assertThat(ids("/api/v1/transfers?end_user=O9004")).containsExactly("T9001");
    assertThat(ids("/api/v1/organizations?kind=lender")).containsExactly("O9003");
  }

  @Test
  void unknownApiParametersAndPagesPastTheEndAreRefused() throws Exception {
    for (String name : List.of("sort", "region_code", "vendor_id")) {
      JsonNode error =
          JSON.readTree(
              mvc.perform(get("/api/v1/transfers?" + name + "=x"))
                  .andExpect(status().isBadRequest())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      assertThat(error.get("parameter").asString()).isEqualTo(name);
      assertThat(error.get("message").asString())
          .contains("unknown parameter '" + name + "'")
          .contains("country, supplier");
    }
    mvc.perform(get("/api/v1/stats?technology=spyware")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/organizations?country=CN")).andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/transfers?page=2&size=4")).andExpect(status().isOk());
    mvc.perform(get("/api/v1/transfers?page=2&size=5")).andExpect(status().isNotFound());
    mvc.perform(get("/search?page=2")).andExpect(status().isNotFound());
    mvc.perform(get("/organizations?page=2")).andExpect(status().isNotFound());
    // Pages keep ignoring parameters they do not know (shared links carry tracking tags).
    mvc.perform(get("/search?utm_source=x")).andExpect(status().isOk());
  }

  @Test
  void pagesComeBackCompressedWhenAskedAndTheFaviconIsServed() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    // A public page or API read asked for twice compressed: first as the server renders it, then
    // from the public cache, which keeps it compressed; both must unzip to the plain answer.
    for (String path :
        List.of("/", "/api/v1/stats", "/css/site.css", "/vendor/cytoscape/dist/cytoscape.min.js")) {
      HttpRequest gzip =
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Accept-Encoding", "gzip")
              .build();
      HttpResponse<byte[]> gz = http.send(gzip, HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> plain =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> gzAgain = http.send(gzip, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
      for (HttpResponse<byte[]> compressed : List.of(gz, gzAgain)) {
        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        assertThat(compressed.headers().allValues("Vary").toString())
            .as(path)
            .containsIgnoringCase("accept-encoding");
        byte[] unzipped =
            new GZIPInputStream(new java.io.ByteArrayInputStream(compressed.body())).readAllBytes();
        assertThat(unzipped).as(path).isEqualTo(plain.body());
        assertThat(compressed.body().length).isLessThan(plain.body().length / 2);
      }
    }
    for (String icon : List.of("/favicon.ico", "/favicon.svg")) {
      HttpResponse<byte[]> r =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + icon)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(icon).isEqualTo(200);
      assertThat(r.body().length).isPositive();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private Document page(String path) throws Exception {
    String html = okBody(mvc, get(path));
    return Jsoup.parse(html);
  }

  private JsonNode json(String path) throws Exception {
    return JSON.readTree(okBody(mvc, get(URI.create(path))));
  }

  private List<String> ids(String path) throws Exception {
    List<String> ids = new ArrayList<>();
    json(path).get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  /** The figure's number, and the ids of the records its link lists. */
  private void assertFigure(Document page, String selector, int value, String... ids)
      throws Exception {
    Element figure = page.selectFirst(selector);
    assertThat(figure).as(selector).isNotNull();
    assertThat(figure.text()).as(selector).isEqualTo(Integer.toString(value));
    assertLink(figure, ids);
  }

  /** The link lists exactly these records (through the JSON download of the same filters). */
  private void assertLink(Element link, String... ids) throws Exception {
    String href = link.attr("href");
    assertThat(href).as(link.text()).startsWith("/search");
    String download = href.replaceFirst("^/search", "/search.json");
    JsonNode list = JSON.readTree(okBody(mvc, get(URI.create(download))));
    List<String> listed = new ArrayList<>();
    list.forEach(t -> listed.add(t.get("id").asString()));
    assertThat(listed).as(href).containsExactly(ids);
  }

  /** The first table row whose header cell reads {@code name}. */
  private static Element row(Document page, String name) {
    for (Element th : page.select("table tbody tr th")) {
      if (th.text().equals(name)) {
        return th.parent();
      }
    }
    throw new AssertionError("no row " + name);
  }

  /** The n-th number cell of a row: its value and the records behind its link. */
  private void assertCell(Element row, int n, int value, String... ids) throws Exception {
    Element cell = row.select("td.num").get(n);
    assertThat(cell.text()).startsWith(Integer.toString(value));
    assertLink(cell.selectFirst("a"), ids);
  }
}
