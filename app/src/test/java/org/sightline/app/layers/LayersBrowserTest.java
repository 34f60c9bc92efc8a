package org.sightline.app.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.registry.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A researcher's and a contributor's paths through the layer, coverage and cross-tab pages in a
 * real Chromium, over the small tables of our own (see {@link LayersApiTest} for the hand counts).
 */
class LayersBrowserTest extends PagesTestContext {
  private static final String PASSWORD = "a long layers password";
  @RegisterExtension static final Browser browser = Browser.perClass();
  WebDriver driver;

  @Autowired LayerStore store;
  @Autowired Register register;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder encoder;

  @BeforeEach
  void loadTheSmallTables() {
    SmallLayers.load(store, register);
    driver = browser.driver();
  }

  private List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void theLayerPageCitesItsSourceAndItsCountsLeadToTheCountriesAndTheirPages() {
    browser.open(url("/layers/aigs-2022"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("AI & Big Data Global Surveillance Index (2022 updated)");
    assertThat(driver.findElement(By.cssSelector("p.citation")).getText())
        .contains("Steven Feldstein", "Carnegie Endowment", "10.17632/gjhf5y4xjp.4", "CC BY 4.0");
    assertThat(driver.findElement(By.id("fig-countries")).getText()).isEqualTo("4");
    assertThat(driver.findElement(By.id("fig-facial_recognition")).getText()).isEqualTo("2");
    assertThat(driver.findElement(By.id("fig-supplier-CN")).getText()).isEqualTo("2");
    // The figure's countries are the ones behind it.
    assertThat(texts("#rows-facial_recognition .country-list a"))
        .containsExactly("Mongolia", "Uzbekistan");
    assertThat(driver.findElement(By.cssSelector("#row-UZ")).getText())
        .contains("Huawei", "Closed autocracy");
    browser.screenshot("layer-aigs");

    browser.loadsNewPage(() -> driver.findElement(By.cssSelector("#row-UZ th a")).click());
    assertThat(driver.getCurrentUrl()).endsWith("/countries/UZ");
    // The country page shows the index's row beside the register's own records.
    WebElement panel = driver.findElement(By.id("layers"));
    assertThat(
            panel.findElement(By.cssSelector("tr[data-technology=facial_recognition]")).getText())
        .contains("recorded", "none published");
    assertThat(
            panel
                .findElement(By.cssSelector("tr[data-technology=safe_city_platform] a"))
                .getDomAttribute("href"))
        .isEqualTo("/search?country=UZ&technology=safe_city_platform");
    assertThat(panel.getText()).contains("CC BY 4.0");
    browser.screenshot("country-UZ-layer");
  }

  @Test
  void theCoverageListLinksBothSidesAndAContributorStartsADraftFromIt() {
    browser.open(url("/coverage"));
    WebElement zambia =
        driver.findElement(
            By.cssSelector("tr[data-country=ZM][data-technology=social_media_monitoring]"));
    assertThat(zambia.getDomAttribute("data-side")).isEqualTo("register");
    assertThat(zambia.findElement(By.cssSelector("a.register-evidence")).getDomAttribute("href"))
        .isEqualTo("/transfers/T0010");
    WebElement mongolia =
        driver.findElement(By.cssSelector("tr[data-country=MN][data-technology=smart_policing]"));
    assertThat(mongolia.findElement(By.cssSelector("a.layer-evidence")).getDomAttribute("href"))
        .isEqualTo("/layers/aigs-2022#row-MN");
    assertThat(driver.findElements(By.cssSelector("a.start-draft"))).isEmpty();
    browser.screenshot("coverage-anonymous");

    String name = "layers-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser(name, encoder.encode(PASSWORD), Role.CONTRIBUTOR, false);
    browser.open(url("/login"));
    browser.submitLogin(name, PASSWORD);

    browser.open(url("/coverage"));
    browser.loadsNewPage(
        () ->
            driver
                .findElement(
                    By.cssSelector(
                        "tr[data-country=MN][data-technology=smart_policing] a.start-draft"))
                .click());
    assertThat(driver.getCurrentUrl()).contains("/edit/transfers/new");
    assertThat(
            new Select(driver.findElement(By.id("recipient_country")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo("MN");
    assertThat(
            driver
                .findElement(By.cssSelector("input[name=technologies][value=smart_policing]"))
                .isSelected())
        .isTrue();
    browser.screenshot("coverage-draft");
    browser.open(url("/login"));
    browser.loadsNewPage(
        () -> driver.findElement(By.xpath("//button[normalize-space()='Sign out']")).click());
  }

  @Test
  void theCrossTabShowsNShareAndTheRecordsBehindEachCell() {
    browser.open(url("/crosstab?indicator=test_regime"));
    WebElement democracy =
        driver.findElement(By.cssSelector("section[data-category='electoral democracy']"));
    assertThat(democracy.findElement(By.cssSelector("h2 .n")).getText()).isEqualTo("3");
    WebElement video =
        democracy.findElement(By.cssSelector("tr[data-technology=video_surveillance]"));
    assertThat(video.findElement(By.cssSelector(".count")).getText()).isEqualTo("2");
    assertThat(video.findElement(By.cssSelector(".share")).getText()).isEqualTo("66.7%");
    video.findElement(By.tagName("summary")).click();
    assertThat(
            video.findElements(By.cssSelector("a.cell-transfer")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList())
        .containsExactly(
            "/transfers/T0006", "/transfers/T0025", "/transfers/T0028", "/transfers/T0419");
    browser.screenshot("crosstab");

    browser.loadsNewPage(
        () ->
            video.findElement(By.cssSelector("a.cell-transfer[href='/transfers/T0028']")).click());
    assertThat(driver.getCurrentUrl()).endsWith("/transfers/T0028");
  }
}
