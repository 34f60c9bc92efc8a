package org.sightline.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.Payloads;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queries of issue 13 and the payload corpus, on the search page and {@code GET
 * /api/v1/transfers?q=}: any text is answered with results or a helpful empty state, never a 400
 * parser message or a 500; names are matched whatever their spelling or script; technology words
 * find their tags; sorting and the supplier and recipient-country facets.
 */
class SearchAnyTextTest extends PagesTestContext {

  /**
   * The page for these parameters, asked for by its address with a query string, as a browser does
   * (the public page cache keys pages by address).
   */
  private MvcResult page(String q, String... more) throws Exception {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}");
    for (int i = 0; i + 1 < more.length; i += 2) {
      url.queryParam(more[i], more[i + 1]);
    }
    return mvc.perform(get(url.encode().buildAndExpand(q).toUri())).andReturn();
  }

  private static String html(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void everyQueryOfTheIssueAndThePayloadCorpusGetsAPageWithTheSearchBox() throws Exception {
    List<String> queries = new ArrayList<>(Payloads.SEARCHES);
    queries.addAll(Payloads.all());
    for (String q : queries) {
      if (q.length() > 500) {
        continue; // longer than the page accepts: a clear 400, as for every filter
      }
      MvcResult r = page(q);
      assertThat(r.getResponse().getStatus()).as(q).isEqualTo(200);
      String html = html(r);
      assertThat(html).as(q).contains("id=\"q\"").doesNotContain("ParseException");
      assertThat(html.contains("class=\"transfer\"") || html.contains("id=\"no-results\""))
          .as(q)
          .isTrue();
      MvcResult api =
          mvc.perform(
                  get(
                      UriComponentsBuilder.fromPath("/api/v1/transfers")
                          .queryParam("q", "{q}")
                          .encode()
                          .buildAndExpand(q)
                          .toUri()))
              .andReturn();
      assertThat(api.getResponse().getStatus()).as("API " + q).isEqualTo(200);
    }
  }

  @Test
  void namesAreFoundWhateverTheirSpellingOrScript() throws Exception {
    String typo = html(page("Hikvison"));
    assertThat(typo)
        .contains("id=\"search-names\"")
        .contains("Hikvision")
        .contains("class=\"transfer\"");
    String chinese = html(page("华为"));
    assertThat(chinese).contains("Huawei").contains("class=\"transfer\"");
    String exim = html(page("Exim"));
    assertThat(exim).contains("class=\"transfer\"").contains("id=\"did-you-mean\"");
    assertThat(html(page("ECU911"))).contains("class=\"transfer\"");
    assertThat(html(page("Hikvision/Dahua"))).contains("id=\"search-any\"");
  }

  @Test
  void technologyWordsFindEveryRecordWithTheirTag() throws Exception {
    long tagged =
        total(
            html(
                mvc.perform(get("/search").param("technology", "facial_recognition")).andReturn()));
    long words = total(html(page("facial recognition")));
    assertThat(words).isGreaterThanOrEqualTo(tagged).isGreaterThan(6);
  }

  @Test
  void sortsAndSupplierAndRecipientFacets() throws Exception {
    String byValue = html(page("huawei", "sort", "value"));
    assertThat(byValue).contains("data-facet=\"supplier\"").contains("data-facet=\"country\"");
    assertThat(byValue).contains("aria-current=\"true\" class=\"chosen\">largest value</a>");
    MvcResult bad = page("huawei", "sort", "sideways");
    assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    assertThat(html(bad))
        .contains("parameter &#39;sort&#39; must be one of date, value, country, supplier");
  }

  private static long total(String html) {
    String marker = "id=\"result-total\">";
    String rest = html.substring(html.indexOf(marker) + marker.length());
    return Long.parseLong(rest.substring(0, rest.indexOf('<')).trim());
  }
}
