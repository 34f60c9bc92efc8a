package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.Payloads;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;
import org.sightline.store.registry.RegisterWriter;

/**
 * Stored text is shown, never run: a transfer and an organization whose every displayed text field
 * carries script payloads are opened on every page that shows them; nothing executes, no injected
 * element appears, and the payloads read as literal text.
 */
public class XssBrowserTest extends PagesTestContext {
  // No ';' in the payloads: the register splits alias lists on it.
  public static final String SCRIPT = "<script>alert(window.__xss=1)</script>";
  public static final String IMG = "<img src=x onerror=\"alert(window.__xss=1)\">";
  public static final String SVG = "<svg onload=\"window.__xss=1\"></svg>";
  public static final String ATTR = "\" onmouseover=\"window.__xss=1\" x=\"";

  @RegisterExtension static final Browser browser = Browser.perClass();

  @BeforeEach
  void storeHostileRecords() {
    RegisterWriter writer = new RegisterWriter(database);
    writer.saveOrganizations(
        List.of(
            new Organization(
                "O9001",
                "Evil " + SCRIPT,
                List.of("Alias " + IMG, "Alias2 " + ATTR),
                "AQ",
                OrganizationKind.VENDOR,
                "Parent " + SVG,
                "Note " + SCRIPT + IMG,
                "javascript:window.__xss=1",
                PublicationState.PUBLISHED)),
        "xss-test",
        "hostile input");
    writer.saveTransfers(
        List.of(
            new Transfer(
                "T9001",
                List.of(new OrganizationRef(null, "Evil " + SCRIPT, List.of("Alias " + IMG))),
                null,
                "AQ",
                "End user " + IMG + ATTR,
                List.of(TechnologyCategory.SPYWARE),
                TransferStatus.REPORTED,
                2020,
                null,
                null,
                new Financing("Lender " + SCRIPT, null, null),
                "Summary " + SCRIPT + IMG + SVG,
                List.of(
                    new Source(
                        "javascript:window.__xss=1",
                        "Publisher " + IMG,
                        "2020",
                        "Evidence " + SCRIPT + ATTR),
                    new Source(
                        "https://example.org/\"><script>window.__xss=1</script>",
                        "Publisher2 " + SVG,
                        null,
                        "Evidence2 " + IMG)),
                PublicationState.PUBLISHED)),
        "xss-test",
        "hostile input");
  }

  @Test
  void noStoredPayloadRunsOnAnyPage() {
    String orgId = "O9001";
    List<String> pages =
        List.of(
            "/",
            "/countries/AQ",
            "/transfers/T9001",
            "/organizations/" + orgId,
            "/search?q=Evil",
            "/search?country=AQ",
            "/search?lender=Lender%20%3Cscript%3Ealert(window.__xss%3D1)%3C%2Fscript%3E",
            "/network?technology=spyware");
    WebDriver driver = browser.driver();
    for (String page : pages) {
      browser.open(url(page));
      String name = "xss" + page.replaceAll("[^A-Za-z0-9]+", "-");
      browser.screenshot(name.length() > 60 ? name.substring(0, 60) : name);
      assertThatThrownBy(() -> driver.switchTo().alert())
          .as("an alert on %s", page)
          .isInstanceOf(NoAlertPresentException.class);
      Object flag = ((JavascriptExecutor) driver).executeScript("return typeof window.__xss;");
      assertThat(flag).as("window.__xss on %s", page).isEqualTo("undefined");
      assertThat(driver.findElements(By.cssSelector("img[src='x'], main script, main svg[onload]")))
          .as("injected elements on %s", page)
          .isEmpty();
      assertThat(driver.findElements(By.cssSelector("[onmouseover], [onerror], [onload]")))
          .as("injected handlers on %s", page)
          .isEmpty();
      assertThat(driver.findElements(By.cssSelector("a[href^='javascript']")))
          .as("script links on %s", page)
          .isEmpty();
    }

    browser.open(url("/transfers/T9001"));
    String text = driver.findElement(By.tagName("main")).getText();
    assertThat(text)
        .contains("Summary " + SCRIPT + IMG + SVG)
        .contains("End user " + IMG + ATTR)
        .contains("Evil " + SCRIPT)
        .contains("Alias " + IMG)
        .contains("Publisher " + IMG)
        .contains("Evidence " + SCRIPT + ATTR)
        .contains("javascript:window.__xss=1")
        .contains("Lender " + SCRIPT);

    browser.open(url("/organizations/" + orgId));
    assertThat(driver.findElement(By.tagName("main")).getText())
        .contains("Evil " + SCRIPT)
        .contains("Alias2 " + ATTR)
        .contains("Parent " + SVG)
        .contains("Note " + SCRIPT + IMG);
  }

  /**
   * The payload corpus, published as records (one per payload, in every displayed text field): each
   * record page, the country page listing them all, and a search for each payload show the payloads
   * as text, and none of them runs.
   */
  @Test
  void corpusPayloadsPublishedAsRecordsOrSearchedForStayText() {
    List<String> payloads = Payloads.all();
    List<Transfer> records = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      records.add(
          new Transfer(
              "XP-" + i,
              List.of(new OrganizationRef(null, "Corpus " + i + " " + p, List.of())),
              "CN",
              "TK",
              p,
              List.of(TechnologyCategory.SPYWARE),
              TransferStatus.REPORTED,
              2021,
              null,
              null,
              new Financing(p, null, null),
              p,
              List.of(
                  new Source(
                      "https://example.org/report?q="
                          + URLEncoder.encode(p, StandardCharsets.UTF_8),
                      p,
                      "2021",
                      p)),
              PublicationState.PUBLISHED));
    }
    new RegisterWriter(database).saveTransfers(records, "xss-test", "payload corpus");

    WebDriver driver = browser.driver();
    List<String> pages = new ArrayList<>();
    pages.add("/countries/TK");
    for (int i = 0; i < payloads.size(); i++) {
      pages.add("/transfers/XP-" + i);
      pages.add("/search?q=" + URLEncoder.encode(payloads.get(i), StandardCharsets.UTF_8));
    }
    for (String page : pages) {
      browser.open(url(page));
      assertThatThrownBy(() -> driver.switchTo().alert())
          .as("an alert on %s", page)
          .isInstanceOf(NoAlertPresentException.class);
      Object flag = ((JavascriptExecutor) driver).executeScript("return typeof window.__xss;");
      assertThat(flag).as("window.__xss on %s", page).isEqualTo("undefined");
      assertThat(
              driver.findElements(
                  By.cssSelector(
                      "main script, img[src='x'], iframe[srcdoc], svg[onload], main math,"
                          + " details[ontoggle], [onerror], [onload], [onmouseover], [onfocus],"
                          + " [ontoggle], a[href^='javascript'], a[href^='JaVaScRiPt']")))
          .as("injected elements on %s", page)
          .isEmpty();
    }

    // The record pages hold each payload as the very text that was stored. textContent, not
    // getText(): WebDriver's rendered text collapses whitespace and drops zero-width characters.
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      browser.open(url("/transfers/XP-" + i));
      Object text =
          ((JavascriptExecutor) driver)
              .executeScript("return document.querySelector('main').textContent;");
      assertThat((String) text)
          .as("payload %d on its record page", i)
          .contains(p)
          .contains("Corpus " + i + " " + p);
    }
  }
}
