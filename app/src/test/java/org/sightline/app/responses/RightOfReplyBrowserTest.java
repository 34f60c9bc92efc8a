package org.sightline.app.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.TestRecords;
import org.sightline.app.web.XssBrowserTest;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.TransferResponse;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.TransferResponses;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The right of reply in a real browser: a contributor adds a company's response with the form on
 * the transfer page, a reviewer publishes it from the same page, and an anonymous reader then sees
 * it beside the record (and not before).
 */
class RightOfReplyBrowserTest extends PagesTestContext {
  private static final String PASSWORD = "correct horse battery";

  @RegisterExtension static final Browser browser = Browser.perClass();

  @Autowired TransferResponses responses;

  private void signIn(WebDriver driver, String name) {
    driver.manage().deleteAllCookies();
    browser.open(url("/login"));
    browser.submitLogin(name, PASSWORD);
    assertThat(driver.getCurrentUrl()).doesNotContain("/login");
  }

  @Test
  void aContributorsResponseIsShownBesideTheRecordOnceAReviewerPublishesIt() {
    new RegisterWriter(database)
        .saveTransfers(
            List.of(
                TestRecords.transfer(
                    "T9301",
                    "Replying Optics",
                    "KE",
                    "Face recognition cameras reported for the Nairobi police.",
                    PublicationState.PUBLISHED)),
            "seeder",
            "browser test fixture");
    String text = "Replying Optics denies supplying face recognition to the Nairobi police.";
    WebDriver driver = browser.driver();

    signIn(driver, user(Role.CONTRIBUTOR));
    browser.open(url("/transfers/T9301"));
    driver.findElement(By.cssSelector("details.add-response summary")).click();
    driver.findElement(By.id("responder-name")).sendKeys("Replying Optics");
    driver.findElement(By.id("response-date")).sendKeys("2024-06-01");
    driver.findElement(By.id("response-text")).sendKeys(text);
    driver.findElement(By.id("response-link")).sendKeys("https://replying.example/statement");
    driver.findElement(By.id("how-obtained")).sendKeys("reply to our letter");
    browser.loadsNewPage(() -> driver.findElement(By.id("add-response")).click());
    assertThat(driver.findElement(By.id("responses")).getText())
        .contains("will appear here once a reviewer publishes it")
        .doesNotContain(text);
    browser.screenshot("reply-added");

    driver.manage().deleteAllCookies();
    browser.open(url("/transfers/T9301"));
    assertThat(driver.findElement(By.id("responses")).getText())
        .contains("No response has been published")
        .doesNotContain(text);

    signIn(driver, user(Role.REVIEWER));
    browser.open(url("/transfers/T9301"));
    WebElement pending = driver.findElement(By.cssSelector(".pending-responses"));
    assertThat(pending.getText()).contains(text);
    browser.loadsNewPage(
        () -> pending.findElement(By.cssSelector("button.publish-response")).click());
    assertThat(driver.findElement(By.id("responses")).getText())
        .contains("The response is published.");

    driver.manage().deleteAllCookies();
    browser.open(url("/transfers/T9301"));
    WebElement panel = driver.findElement(By.id("responses"));
    browser.screenshot("reply-published");
    assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Responses");
    assertThat(panel.getText())
        .contains(text)
        .contains("Replying Optics")
        .contains("2024-06-01")
        .contains("reply to our letter");
    assertThat(panel.findElement(By.cssSelector("a.response-link")).getAttribute("href"))
        .isEqualTo("https://replying.example/statement");
    assertThat(driver.findElements(By.cssSelector("form.response-form"))).isEmpty();
  }

  @Test
  void aHostileResponseIsShownAsTextAndNeverRuns() {
    new RegisterWriter(database)
        .saveTransfers(
            List.of(
                TestRecords.transfer(
                    "T9302",
                    "Hostile Optics",
                    "KE",
                    "A record with a hostile response.",
                    PublicationState.PUBLISHED)),
            "seeder",
            "browser test fixture");
    String rid =
        responses
            .add(
                new TransferResponse(
                    null,
                    "T9302",
                    "Name " + XssBrowserTest.SCRIPT,
                    ResponderKind.OTHER,
                    null,
                    null,
                    "2024-06-02",
                    "Text " + XssBrowserTest.IMG + XssBrowserTest.SVG,
                    // Stored directly, past the API's check, as an old or imported row might be.
                    "javascript:window.__xss=1",
                    "Obtained " + XssBrowserTest.ATTR),
                "seeder",
                "hostile input")
            .response()
            .id();
    responses.setState("T9302", rid, PublicationState.PUBLISHED, "other-reviewer", "test");

    WebDriver driver = browser.driver();
    driver.manage().deleteAllCookies();
    browser.open(url("/transfers/T9302"));
    WebElement panel = driver.findElement(By.id("responses"));
    assertThat(panel.getText())
        .contains("Name " + XssBrowserTest.SCRIPT)
        .contains("Text " + XssBrowserTest.IMG + XssBrowserTest.SVG)
        .contains("javascript:window.__xss=1")
        .contains("Obtained " + XssBrowserTest.ATTR);
    assertThat(
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return typeof window.__xss;"))
        .isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(panel.findElements(By.cssSelector("img, svg, script, [onmouseover]"))).isEmpty();
  }
}
