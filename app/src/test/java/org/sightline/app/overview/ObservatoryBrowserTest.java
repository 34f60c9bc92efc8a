package org.sightline.app.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;

/**
 * A reader's paths through the observatory in a real Chromium: from the map to a country and its
 * sources, from a search to a narrower one, from a vendor to the network. Each test leaves a
 * screenshot in {@code target/screenshots}.
 */
class ObservatoryBrowserTest extends PagesTestContext {
  @RegisterExtension static final Browser browser = Browser.perClass();
  WebDriver driver;

  private WebDriver open(String path) {
    driver = browser.driver();
    browser.open(url(path));
    return driver;
  }

  /** Clicks something that loads another page and waits until that page has loaded. */
  private void follow(By target) {
    browser.loadsNewPage(() -> driver.findElement(target).click());
  }

  @Test
  void clickingACountryOnTheMapShowsItsTransfersAndTheirSources() {
    open("/");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Where surveillance technology goes");
    browser.screenshot("home");

    follow(By.cssSelector("svg a.area[data-code='EC'] path"));

    assertThat(driver.getCurrentUrl()).endsWith("/countries/EC");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ecuador");
    List<String> ids =
        driver.findElements(By.cssSelector("article.transfer .id")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(ids).containsExactlyInAnyOrder("T0004", "T0005", "T0439", "T0518", "T0731");
    assertThat(driver.findElement(By.id("fig-transfers")).getText()).isEqualTo("5");
    // Sources are links to the documents (not followed: the test network is closed).
    List<String> sourceLinks =
        driver.findElements(By.cssSelector("article.transfer a.source-link")).stream()
            .map(a -> a.getDomAttribute("href"))
            .toList();
    assertThat(sourceLinks).contains("http://china.aiddata.org/projects/39281?iframe=y");
    browser.screenshot("country-EC");

    // The number of transfers links to exactly those records.
    follow(By.id("fig-transfers"));
    assertThat(driver.getCurrentUrl()).endsWith("/search?country=EC");
    assertThat(driver.findElement(By.id("result-total")).getText()).isEqualTo("5");

    // A transfer's own page has every field, its sources and its history.
    open("/transfers/T0004");
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .contains("CEIEC")
        .contains("Ecuador");
    assertThat(driver.findElement(By.cssSelector("table.record")).getText())
        .contains("ECU 911")
        .contains("USD 240,000,000")
        .contains("China Development Bank");
    assertThat(driver.findElements(By.cssSelector("table.history tbody tr"))).isNotEmpty();
    browser.screenshot("transfer-T0004");
  }

  @Test
  void theMapWorksFromTheKeyboard() {
    open("/");
    // The first Tab reaches the skip link, which jumps over the navigation to the content.
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    // Every country on the map is a link: focus one and press Enter.
    browser.loadsNewPage(
        () ->
            driver.findElement(By.cssSelector("svg a.area[data-code='KE']")).sendKeys(Keys.ENTER));
    assertThat(driver.getCurrentUrl()).endsWith("/countries/KE");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kenya");
  }

  @Test
  void mapSelectorsReshadeTheMapWithoutScriptsToo() {
    open("/");
    // site.js submits on change; the form is a plain GET either way.
    browser.loadsNewPage(
        () -> new Select(driver.findElement(By.id("technology"))).selectByValue("spyware"));
    assertThat(driver.getCurrentUrl()).contains("technology=spyware");
    List<WebElement> shaded = driver.findElements(By.cssSelector("svg a.area path:not(.s0)"));
    assertThat(shaded).isNotEmpty();
    List<WebElement> all = driver.findElements(By.cssSelector("svg a.area path"));
    assertThat(shaded.size()).isLessThan(all.size() / 2);
    browser.screenshot("home-spyware");
  }

  @Test
  void searchThenNarrowWithAFacet() {
    open("/search");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("Huawei");
    browser.loadsNewPage(q::submit);
    assertThat(driver.getCurrentUrl()).contains("q=Huawei");
    int before = Integer.parseInt(driver.findElement(By.id("result-total")).getText());
    assertThat(before).isGreaterThan(1);

    WebElement facet =
        driver.findElement(By.cssSelector("section.facet[data-facet='technology'] li a"));
    String label = facet.findElement(By.className("label")).getText();
    int count = Integer.parseInt(facet.findElement(By.className("count")).getText());
    browser.loadsNewPage(facet::click);

    assertThat(driver.getCurrentUrl()).contains("q=Huawei").contains("technology=");
    assertThat(Integer.parseInt(driver.findElement(By.id("result-total")).getText()))
        .isEqualTo(count)
        .isLessThanOrEqualTo(before);
    assertThat(driver.findElement(By.cssSelector(".active-filters")).getText()).contains(label);
    for (WebElement card : driver.findElements(By.cssSelector("article.transfer"))) {
      assertThat(card.findElement(By.className("meta")).getText()).contains(label);
    }
    browser.screenshot("search-narrowed");

    // The URL is the state: opening it again gives the same list.
    String shared = driver.getCurrentUrl();
    open("/");
    browser.open(shared);
    assertThat(Integer.parseInt(driver.findElement(By.id("result-total")).getText()))
        .isEqualTo(count);
  }

  @Test
  void vendorPageAndTheNetwork() {
    open("/countries/EC");
    follow(By.linkText("Huawei"));
    assertThat(driver.getCurrentUrl()).contains("/organizations/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Huawei");
    assertThat(driver.findElement(By.cssSelector("dl.facts")).getText())
        .contains("Huawei Technologies");
    assertThat(driver.findElements(By.cssSelector("svg a.area path:not(.s0)"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("article.transfer"))).hasSizeGreaterThan(1);
    int transfers = Integer.parseInt(driver.findElement(By.id("fig-transfers")).getText());
    assertThat(driver.findElements(By.cssSelector("article.transfer"))).hasSize(transfers);
    browser.screenshot("organization-huawei");

    follow(By.linkText("Network"));
    assertThat(driver.getCurrentUrl()).endsWith("/network");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Supplier network");
    assertThat(driver.findElements(By.cssSelector("#network-table tbody tr")))
        .hasSizeGreaterThan(10);
    Object nodes =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return window.__sightlineGraph ? window.__sightlineGraph.nodes().length : 0;");
    assertThat(((Number) nodes).intValue()).isGreaterThan(10);
    assertThat(driver.findElement(By.id("network-graph")).isDisplayed()).isTrue();
    browser.screenshot("network");

    new Select(driver.findElement(By.id("technology"))).selectByValue("spyware");
    follow(By.cssSelector("form.selectors button"));
    assertThat(driver.getCurrentUrl()).contains("technology=spyware");
    assertThat(driver.findElements(By.cssSelector("#network-table tbody tr"))).isNotEmpty();
    browser.screenshot("network-spyware");
  }
}
