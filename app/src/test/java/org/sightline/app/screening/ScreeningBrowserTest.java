package org.sightline.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.Payloads;

/**
 * In a real Chromium: the header's search box takes every query of issue 13 and the payload corpus
 * and answers with results or a helpful empty state; the /screen page screens pasted names and an
 * uploaded file and sorts the matches. Screenshots go to {@code target/screenshots}.
 */
class ScreeningBrowserTest extends PagesTestContext {
  @RegisterExtension static final Browser browser = Browser.perClass();
  WebDriver driver;
  @TempDir Path dir;

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  @Test
  void theSearchBoxAnswersEveryQueryWithResultsOrAHelpfulEmptyState() {
    driver = browser.driver();
    List<String> queries = new ArrayList<>(Payloads.SEARCHES);
    // Typed text: the payloads a keyboard can send (no line breaks), at most a page's length.
    Payloads.all().stream()
        .filter(
            p ->
                p.length() <= 500
                    && p.chars().noneMatch(c -> c < 0x20 || Character.isSurrogate((char) c)))
        .forEach(queries::add);
    browser.open(url("/"));
    for (String q : queries) {
      browser.loadsNewPage(
          () -> {
            WebElement box = driver.findElement(By.id("site-q"));
            box.clear();
            box.sendKeys(q);
            box.sendKeys(Keys.ENTER);
          });
      assertThat(driver.getCurrentUrl()).as(q).contains("/search");
      assertThat(driver.findElements(By.id("result-total"))).as(q).isNotEmpty();
      boolean results = !driver.findElements(By.cssSelector("article.transfer")).isEmpty();
      boolean empty = !driver.findElements(By.id("no-results")).isEmpty();
      assertThat(results || empty).as(q).isTrue();
      assertThat(driver.findElement(By.tagName("h1")).getText()).as(q).isEqualTo("Transfers");
      assertThat(driver.findElement(By.id("q")).getAttribute("value")).as(q).isEqualTo(q.strip());
    }
    browser.open(url("/search?q=Hikvison"));
    assertThat(driver.findElement(By.id("search-names")).getText()).contains("Hikvision");
    browser.screenshot("search-typo");
    browser.open(url("/search?q=%E5%8D%8E%E4%B8%BA"));
    assertThat(driver.findElements(By.cssSelector("article.transfer"))).isNotEmpty();
    browser.screenshot("search-chinese");
  }

  @Test
  void pastedNamesAndAnUploadedFileAreScreenedAndTheMatchesSort() throws Exception {
    driver = browser.driver();
    browser.open(url("/screen"));
    driver
        .findElement(By.id("names"))
        .sendKeys("Hikvison\n华为技术有限公司\n\nAcme Bakery\nElaman GmbH\nHytrea");
    // Pasted names are an ordinary form post: the results are a new page.
    browser.loadsNewPage(() -> driver.findElement(By.id("screen-submit")).click());
    assertThat(driver.findElement(By.id("match-count")).getText()).isEqualTo("4");
    assertThat(driver.findElement(By.id("unmatched-count")).getText()).isEqualTo("1");
    assertThat(driver.findElement(By.id("register-version")).getText()).matches("[0-9a-f]{12}");
    assertThat(driver.findElement(By.id("skipped")).getText()).contains("line 3: empty");
    String table = driver.findElement(By.id("matches")).getText();
    assertThat(table).contains("Hikvision", "Huawei", "Gamma International", "Hytera");
    browser.screenshot("screen-pasted");

    // Clicking "Screened name" sorts the rows by it.
    driver.findElement(By.cssSelector("#matches th")).click();
    List<String> firstColumn =
        driver.findElements(By.cssSelector("#matches tbody tr td:first-child")).stream()
            .map(WebElement::getText)
            .toList();
    List<String> sorted = new ArrayList<>(firstColumn);
    sorted.sort(String::compareTo);
    assertThat(firstColumn).containsExactlyInAnyOrderElementsOf(sorted);
    assertThat(driver.findElement(By.cssSelector("#matches th")).getAttribute("aria-sort"))
        .isNotNull();

    Path file = dir.resolve("suppliers.csv");
    Files.writeString(
        file, "id,name\n1,Hikvision Europe B.V.\n2,Cellebrite DI Ltd.\n", StandardCharsets.UTF_8);
    browser.open(url("/screen"));
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    // An upload goes through screen.js (progress bar), which writes the answer into the same
    // document: the form page has no results table, so its appearance marks the answer.
    driver.findElement(By.id("screen-submit")).click();
    try {
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("matches")));
    } finally {
      browser.screenshot("screen-upload");
    }
    assertThat(driver.findElement(By.id("matches")).getText()).contains("Hikvision", "Cellebrite");

    Path bad = dir.resolve("companies.csv");
    Files.writeString(bad, "company,country\nHuawei,CN\n", StandardCharsets.UTF_8);
    browser.open(url("/screen"));
    driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
    driver.findElement(By.id("screen-submit")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("screen-error")));
    assertThat(driver.findElement(By.id("screen-error")).getText()).contains("no 'name' column");
  }
}
