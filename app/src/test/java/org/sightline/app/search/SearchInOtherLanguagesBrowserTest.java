package org.sightline.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;

/**
 * In a real Chromium: words typed in Spanish, French and Portuguese into the header's search box
 * find the records the same technology or country holds in English (issue 16, search). The records
 * are written in English; the index carries the technologies' and countries' names in those
 * languages, and folds accents on both sides.
 */
class SearchInOtherLanguagesBrowserTest extends PagesTestContext {
  @RegisterExtension static final Browser browser = Browser.perClass();

  /** Query typed → the filter whose records it must find (all of them). */
  private static final Map<String, String> QUERIES =
      Map.of(
          "videovigilancia", "technology=video_surveillance",
          "vidéosurveillance", "technology=video_surveillance",
          "videomonitoramento", "technology=video_surveillance",
          "reconocimiento facial", "technology=facial_recognition",
          "reconnaissance faciale", "technology=facial_recognition",
          "reconhecimento facial", "technology=facial_recognition",
          "logiciel espion", "technology=spyware",
          "Équateur", "country=EC",
          "Equador", "country=EC",
          "Costa do Marfim", "country=CI");

  @Test
  void wordsInSpanishFrenchAndPortugueseFindTheRecordsTheirTechnologyOrCountryHolds() {
    WebDriver driver = browser.driver();
    QUERIES.forEach(
        (query, filter) -> {
          browser.open(url("/search?" + filter));
          int filtered = total(driver);
          assertThat(filtered).as(filter).isPositive();

          browser.open(url("/"));
          browser.loadsNewPage(
              () -> {
                WebElement box = driver.findElement(By.id("site-q"));
                box.sendKeys(query);
                box.sendKeys(Keys.ENTER);
              });
          assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(query);
          assertThat(total(driver)).as(query).isGreaterThanOrEqualTo(filtered);
        });
    browser.screenshot("search-french");
  }

  private static int total(WebDriver driver) {
    return Integer.parseInt(driver.findElement(By.id("result-total")).getText().replace(",", ""));
  }
}
