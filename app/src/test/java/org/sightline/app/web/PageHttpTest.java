package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.TestRecords;
import org.sightline.core.model.PublicationState;
import org.sightline.store.ingest.RecordCsv;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages over HTTP: bad addresses get HTML pages with one clear message (never a stack trace),
 * pages revalidate with ETag/Last-Modified, downloads carry the current filters, and pages show the
 * same numbers as the API.
 */
class PageHttpTest extends PagesTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/countries/ZZ, no country with the code",
    "/countries/ecuador, no country with the code",
    "/organizations/NOPE, no published organization",
    "/transfers/T0000, no published transfer",
  })
  void unknownRecordsAreA404Page(String path, String message) throws Exception {
    mvc.perform(get(path).accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString(message)))
        .andExpect(content().string(containsString("<h1>Not found</h1>")))
        .andExpect(header().doesNotExist(HttpHeaders.ETAG));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/search?technology=lasers | parameter &#39;technology&#39; must be one of",
        "/search?year_from=soon | parameter &#39;year_from&#39; must be a whole number",
        "/search?year_from=2020&year_to=2010 | is after &#39;year_to&#39;",
        "/search?country=Narnia | parameter &#39;country&#39; must be an ISO 3166-1",
        "/search?status=rumoured | parameter &#39;status&#39; must be one of",
        "/search?region=Atlantis | parameter &#39;region&#39; must be one of",
        "/search?page=0 | parameter &#39;page&#39; counts from 1",
        "/search?sort=sideways | parameter &#39;sort&#39; must be one of",
        "/?supplier_country=XX | parameter &#39;supplier_country&#39;",
        "/network?year_to=12 | parameter &#39;year_to&#39; must be a four-digit year",
        "/search.csv?technology=lasers | parameter &#39;technology&#39;",
      })
  void nonsenseParametersAreA400PageNamingTheParameter(String path, String message)
      throws Exception {
    mvc.perform(get(path).accept(MediaType.TEXT_HTML))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString(message)))
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("at org."))));
  }

  @Test
  void unknownAddressesAreHtmlForBrowsersAndJsonForTheApi() throws Exception {
    mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("There is no page at this address.")));
    mvc.perform(
            get("/api/v1/no-such-thing").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.error").value("not_found"));
  }

  @Test
  void pagesRevalidateWithTheirETagAndLastModified() throws Exception {
    MvcResult first =
        mvc.perform(get("/countries/EC"))
            .andExpect(status().isOk())
            .andExpect(header().exists(HttpHeaders.ETAG))
            .andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
            .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
            .andReturn();
    String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
    String lastModified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

    mvc.perform(get("/countries/EC").header(HttpHeaders.IF_NONE_MATCH, etag))
        .andExpect(status().isNotModified())
        .andExpect(content().string(""));
    mvc.perform(get("/countries/EC").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
        .andExpect(status().isNotModified());
    mvc.perform(get("/countries/EC").header(HttpHeaders.IF_NONE_MATCH, "W/\"something-else\""))
        .andExpect(status().isOk());

    // A change to the register is a new version of every page: the old tag no longer matches.
    new RegisterWriter(database)
        .saveOrganizations(
            List.of(
                TestRecords.vendor(
                    "O9100",
                    "Etag Test Vendor " + System.nanoTime(),
                    "FR",
                    PublicationState.PUBLISHED)),
            "page-test",
            "new revision");
    MvcResult after =
        mvc.perform(get("/countries/EC").header(HttpHeaders.IF_NONE_MATCH, etag))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    assertThat(after.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Ecuador");
  }

  @Test
  void csvDownloadHasTheExportColumnsAndOnlyTheFilteredRecords() throws Exception {
    MvcResult r =
        mvc.perform(get("/search.csv?country=EC"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andExpect(
                header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
            .andReturn();
    List<CSVRecord> rows =
        CSVParser.parse(
                new StringReader(r.getResponse().getContentAsString(StandardCharsets.UTF_8)),
                CSVFormat.RFC4180)
            .getRecords();
    assertThat(rows.get(0).toList()).isEqualTo(RecordCsv.TRANSFERS.columns());
    assertThat(rows.subList(1, rows.size()).stream().map(row -> row.get(0)))
        .containsExactly("T0004", "T0005", "T0439", "T0518", "T0731");
    assertThat(rows.get(1).get(RecordCsv.TRANSFERS.columns().indexOf("end_user")))
        .isEqualTo("ECU 911");
  }

  @Test
  void jsonDownloadIsTheApiTransfersForTheSameFilters() throws Exception {
    String page =
        mvc.perform(get("/search.json?technology=spyware&supplier_country=IL"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    String api =
        okBody(mvc, get("/api/v1/transfers?technology=spyware&supplier_country=IL&size=500"));
    JsonNode downloaded = JSON.readTree(page);
    JsonNode items = JSON.readTree(api).get("items");
    assertThat(downloaded.size()).isGreaterThan(0);
    assertThat(downloaded).isEqualTo(items);
  }

  @Test
  void searchCountsMatchTheApiTotalsForTheSameFilters() throws Exception {
    for (String filters :
        List.of("technology=spyware", "q=Huawei", "supplier_country=CN&status=operational")) {
      String api =
          mvc.perform(get("/api/v1/transfers?" + filters))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      long total = JSON.readTree(api).get("total").asLong();
      mvc.perform(get("/search?" + filters))
          .andExpect(status().isOk())
          .andExpect(
              content().string(containsString("<span id=\"result-total\">" + total + "</span>")));
    }
  }

  @Test
  void countryPageShowsTheApiProfileFigures() throws Exception {
    String api =
        mvc.perform(get("/api/v1/countries/EC"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode profile = JSON.readTree(api);
    mvc.perform(get("/countries/EC"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    containsString(
                        "id=\"fig-transfers\" href=\"/search?country=EC\">"
                            + profile.get("transfer_count").asInt()
                            + "</a>")));
  }

  @Test
  void networkIsATableWhoseCountsLinkToTheirRecords() throws Exception {
    mvc.perform(get("/network?technology=spyware&year_from=2010"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<table class=\"figures-table network-table\"")))
        .andExpect(content().string(containsString("Hacking Team")))
        .andExpect(
            content().string(containsString("&amp;technology=spyware&amp;year_from=2010\">")));
  }

  @Test
  void aKnownCountryWithoutRecordsIsAnEmptyProfileNotAnError() throws Exception {
    mvc.perform(get("/countries/IS"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No published transfers to this country yet")));
  }
}
