package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every kind of public page in a real Chromium: laid out at 390×844 (a phone) without horizontal
 * scrolling, without a single console error (script errors, refused content-security-policy
 * directives, failed loads), and with every figure a link to the records it counts.
 */
class PagesFitBrowserTest extends PagesTestContext {
  /** One page of each type (and the variants with the most content). */
  static final List<String> PAGES =
      List.of(
          "/",
          "/?technology=spyware",
          "/countries/EC",
          "/countries/AQ", // a country without records
          "/organizations",
          "/organizations?kind=lender",
          "/organizations/O0001", // a vendor with many transfers
          "/organizations/O0047", // a lender
          "/organizations/O0126", // a parent whose footprint is its subsidiary's
          "/organizations/O0064", // an agency, end user of transfers
          "/organizations/O0001/history",
          "/transfers/T0004",
          "/transfers/T0004/history",
          "/search",
          "/search?q=Huawei&technology=video_surveillance",
          "/network",
          "/about",
          "/methodology",
          "/login",
          "/no-such-page");

  /** The contributors' and admins' pages, seen signed in as an admin. */
  static final List<String> SIGNED_IN_PAGES =
      List.of(
          "/review",
          "/review/extract",
          "/edit/transfers/new",
          "/edit/organizations/new",
          "/transfers/T0004",
          "/organizations/O0001",
          "/account",
          "/admin/users",
          "/admin/audit");

  private static final String PASSWORD = "a long phone-sized password";

  @RegisterExtension static final Browser browser = Browser.perClass();
  WebDriver driver;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder encoder;

  private JavascriptExecutor js() {
    return (JavascriptExecutor) driver;
  }

  private void open(String path) {
    driver = browser.driver();
    browser.open(url(path));
    if (path.equals("/network")) {
      // The graph is drawn after load; its errors, if any, come with it.
      new WebDriverWait(driver, java.time.Duration.ofSeconds(60))
          .until(d -> js().executeScript("return !!window.__sightlineGraph;"));
    }
  }

  @Test
  void noPageScrollsSidewaysOnAPhone() {
    browser.phone(390, 844);
    try {
      List<String> overflowing = new ArrayList<>();
      for (String path : PAGES) {
        open(path);
        overflow(path).ifPresent(overflowing::add);
        if (path.equals("/") || path.startsWith("/search?")) {
          browser.screenshot("phone" + path.replaceAll("[^a-z]+", "-"));
        }
      }
      assertThat(overflowing).isEmpty();

      // On a phone, search results come before the facets, with a link down to them.
      open("/search?q=Huawei");
      int results = top(driver.findElement(By.cssSelector("section.results")));
      int facets = top(driver.findElement(By.id("facets")));
      assertThat(results).isLessThan(facets);
      assertThat(driver.findElement(By.linkText("Narrow the results")).isDisplayed()).isTrue();
      // The header keeps every link on screen ("Sign in" used to be off to the right).
      WebElement signIn = driver.findElement(By.linkText("Sign in"));
      assertThat(signIn.isDisplayed()).isTrue();
      assertThat(signIn.getRect().getX() + signIn.getRect().getWidth()).isLessThanOrEqualTo(390);
    } finally {
      browser.desktop();
    }
  }

  @Test
  void signedInPagesFitAPhoneWithoutConsoleErrors() {
    String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser(admin, encoder.encode(PASSWORD), Role.ADMIN, false);
    driver = browser.driver();
    browser.open(url("/login"));
    browser.submitLogin(admin, PASSWORD);
    browser.phone(390, 844);
    try {
      browser.consoleErrors();
      List<String> problems = new ArrayList<>();
      for (String path : SIGNED_IN_PAGES) {
        open(path);
        assertThat(driver.getCurrentUrl()).as(path).doesNotContain("/login");
        overflow(path).ifPresent(problems::add);
        browser.consoleErrors().forEach(e -> problems.add(path + ": " + e));
      }
      assertThat(problems).isEmpty();
    } finally {
      browser.desktop();
      browser.open(url("/login"));
      browser.loadsNewPage(
          () -> driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click());
    }
  }

  /** What makes the page wider than the viewport, if anything. */
  private java.util.Optional<String> overflow(String path) {
    @SuppressWarnings("unchecked")
    Map<String, Object> widths =
        (Map<String, Object>)
            js().executeScript(
                    "var d = document.documentElement;"
                        + " var wide = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) {"
                        + "   var r = e.getBoundingClientRect();"
                        + "   if (r.right > d.clientWidth + 1 && !e.closest('.table-scroll')"
                        + "       && wide.length < 3) {"
                        + "     wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));"
                        + "   }"
                        + " });"
                        + " return {client: d.clientWidth, scroll: d.scrollWidth,"
                        + "   wide: wide.join(', ')};");
    long client = ((Number) widths.get("client")).longValue();
    long scroll = ((Number) widths.get("scroll")).longValue();
    assertThat(client).as("viewport width of " + path).isEqualTo(390);
    return scroll > client
        ? java.util.Optional.of(path + " is " + scroll + " px wide: " + widths.get("wide"))
        : java.util.Optional.empty();
  }

  private int top(WebElement e) {
    return ((Number) js().executeScript("return arguments[0].getBoundingClientRect().top;", e))
        .intValue();
  }

  @Test
  void noPageLogsAConsoleError() {
    driver = browser.driver();
    browser.consoleErrors(); // whatever an earlier test left
    List<String> errors = new ArrayList<>();
    for (String path : PAGES) {
      open(path);
      for (String e : browser.consoleErrors()) {
        // The unknown page is a 404 on purpose; the console reports the status of the document.
        if (!(path.equals("/no-such-page") && e.contains("404"))) {
          errors.add(path + ": " + e);
        }
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void everyFigureLinksToItsRecords() {
    List<String> unlinked = new ArrayList<>();
    for (String path : PAGES) {
      open(path);
      // Headline figures, the counts of figure tables, and the charts' bars.
      for (WebElement figure :
          driver.findElements(
              By.cssSelector(
                  "dl.figures dd, table.figures-table td.num, .facet li, .timeline details td"))) {
        String text = figure.getAttribute("textContent").strip();
        if (text.isEmpty() || text.equals("0") || text.equals("0*")) {
          continue;
        }
        List<WebElement> links = figure.findElements(By.tagName("a"));
        String href = links.isEmpty() ? null : links.get(0).getDomAttribute("href");
        if (href == null || !(href.startsWith("/search") || href.startsWith("/organizations?"))) {
          unlinked.add(path + ": " + text + " -> " + href);
        }
      }
    }
    assertThat(unlinked).isEmpty();

    // A figure's link lists exactly the records it counts: the undated bucket of a vendor, the
    // transfers a lender financed.
    open("/organizations/O0001");
    WebElement undated = driver.findElement(By.cssSelector("a.undated-link"));
    int count = Integer.parseInt(undated.findElement(By.tagName("span")).getText());
    assertThat(count).isPositive();
    browser.loadsNewPage(undated::click);
    assertThat(driver.getCurrentUrl()).contains("vendor=O0001").contains("undated=true");
    assertThat(Integer.parseInt(driver.findElement(By.id("result-total")).getText()))
        .isEqualTo(count);
    for (WebElement card : driver.findElements(By.cssSelector("article.transfer .meta"))) {
      assertThat(card.getText()).contains("year unknown");
    }

    open("/organizations/O0047");
    WebElement financed = driver.findElement(By.id("fig-financed"));
    int n = Integer.parseInt(financed.getText());
    assertThat(n).isPositive();
    browser.loadsNewPage(financed::click);
    assertThat(Integer.parseInt(driver.findElement(By.id("result-total")).getText())).isEqualTo(n);
  }

  @Test
  void theNetworkIsLaidOutTheSameWayOnEveryLoad() {
    String first = positions();
    String second = positions();
    assertThat(first).isNotEmpty().isEqualTo(second);
    browser.screenshot("network-seeded");
  }

  private String positions() {
    open("/network");
    return (String)
        js().executeScript(
                "return window.__sightlineGraph.nodes().map(function (n) {"
                    + " var p = n.position(); return n.id() + '@' + Math.round(p.x) + ','"
                    + " + Math.round(p.y); }).join(';');");
  }
}
