package org.sightline.app.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.PagesTestContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over the starter data: the directory links every published organization's page (before it, only
 * those that supplied a transfer were linked from anywhere), and the Export-Import Bank of China's
 * page counts the transfers it financed (it used to say "0 published transfers").
 */
class DirectoryReachTest extends PagesTestContext {

  @Test
  void theDirectoryLinksEveryOrganizationPage() throws Exception {
    Set<String> published = new TreeSet<>();
    JsonNode list =
        JsonMapper.builder()
            .build()
            .readTree(
                mvc.perform(get("/api/v1/organizations"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
    list.get("items").forEach(o -> published.add("/organizations/" + o.get("id").asString()));
    assertThat(published).hasSizeGreaterThan(500);

    Set<String> linked = new TreeSet<>();
    int page = 1;
    while (true) {
      var result = mvc.perform(get("/organizations?page=" + page)).andReturn().getResponse();
      if (result.getStatus() == 404) {
        break;
      }
      assertThat(result.getStatus()).isEqualTo(200);
      Document html = Jsoup.parse(result.getContentAsString(StandardCharsets.UTF_8));
      linked.addAll(html.select("#directory tbody th a").eachAttr("href"));
      page++;
    }
    assertThat(page - 1).isEqualTo((published.size() + 99) / 100);
    assertThat(linked).isEqualTo(published);
  }

  @Test
  void aLendersPageCountsWhatItFinanced() throws Exception {
    Document bank = Jsoup.parse(okBody(mvc, get("/organizations/O0047")));
    assertThat(bank.selectFirst("h1").text()).isEqualTo("Export-Import Bank of China");
    assertThat(bank.selectFirst(".crumbs").text()).isEqualTo("Organizations › Lenders");
    // Ten starter transfers name it as lender (T0012, T0014, T0209, ...).
    assertThat(bank.selectFirst("#fig-financed").text()).isEqualTo("10");
    assertThat(bank.select("#financing-title ~ article.transfer .id").eachText())
        .hasSize(10)
        .contains("T0012", "T0014", "T0209");
    assertThat(bank.text()).doesNotContain("0 published transfers");
  }
}
