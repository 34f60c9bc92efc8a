package org.sightline.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;

/**
 * The Atom feeds as a reader's browser gets them: Chromium fetches each feed the site links to and
 * parses it with its own XML parser (DOMParser, as feed readers built into pages do), which must
 * find a well-formed Atom document with entries that link back to the site.
 */
class FeedsBrowserTest extends PagesTestContext {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  @RegisterExtension static final Browser browser = Browser.perClass();

  /** What Chromium's parser found in a feed. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> parse(String path) {
    Object result =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(text => {"
                    + "  const doc = new DOMParser().parseFromString(text, 'application/xml');"
                    + "  const root = doc.documentElement;"
                    + "  const entries = [...doc.getElementsByTagNameNS(arguments[1], 'entry')];"
                    + "  done({status: r.status, type: r.headers.get('content-type'),"
                    + "    errors: doc.getElementsByTagName('parsererror').length,"
                    + "    root: root.localName, ns: root.namespaceURI,"
                    + "    title: (doc.getElementsByTagNameNS(arguments[1], 'title')[0] || {})"
                    + "      .textContent,"
                    + "    entries: entries.length,"
                    + "    complete: entries.filter(e => ['id', 'title', 'updated']"
                    + "      .every(n => e.getElementsByTagNameNS(arguments[1], n).length > 0))"
                    + "      .length,"
                    + "    links: entries.map(e => {"
                    + "      const l = e.getElementsByTagNameNS(arguments[1], 'link')[0];"
                    + "      return l ? l.getAttribute('href') : null; })});"
                    + "})).catch(e => done({failure: String(e)}));",
                path,
                ATOM);
    return (Map<String, Object>) result;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyKindOfFeedParsesAsAtomInChromium() {
    browser.open(url("/"));
    String linked =
        browser
            .driver()
            .findElement(By.cssSelector("a[type='application/atom+xml']"))
            .getDomAttribute("href");
    assertThat(linked).isEqualTo("/feeds/transfers.atom");
    for (String feed :
        List.of(
            linked,
            "/feeds/countries/EC.atom",
            "/feeds/organizations/O0001.atom",
            "/feeds/search.atom?country=EC&technology=video_surveillance")) {
      Map<String, Object> parsed = parse(feed);
      assertThat(parsed).as(feed).doesNotContainKey("failure");
      assertThat(parsed.get("status")).as(feed).isEqualTo(200L);
      assertThat((String) parsed.get("type")).as(feed).startsWith("application/atom+xml");
      assertThat(parsed.get("errors")).as(feed).isEqualTo(0L);
      assertThat(parsed.get("root")).as(feed).isEqualTo("feed");
      assertThat(parsed.get("ns")).as(feed).isEqualTo(ATOM);
      assertThat((String) parsed.get("title")).as(feed).isNotBlank();
      long entries = (Long) parsed.get("entries");
      assertThat(entries).as(feed).isPositive();
      assertThat(parsed.get("complete")).as(feed).isEqualTo(entries);
      assertThat((List<String>) parsed.get("links"))
          .as(feed)
          .allSatisfy(href -> assertThat(href).startsWith(url("/transfers/")));
    }
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
