package org.sightline.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole review workflow in a real browser: a contributor signs in, creates a transfer with a
 * source through the form and submits it; a reviewer signs in, finds it on /review with its fields
 * listed as added, and publishes it; an anonymous reader then sees it on the transfer page.
 */
class ReviewBrowserTest extends PagesTestContext {
  private static final String PASSWORD = "a long browser password";
  @RegisterExtension static final Browser browser = Browser.perClass();

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder encoder;

  @Test
  void aContributorsTransferIsPublishedByAReviewerAndSeenByThePublic() {
    WebDriver d = browser.driver();
    String contributor = account(Role.CONTRIBUTOR);
    String reviewer = account(Role.REVIEWER);

    signIn(d, contributor);
    browser.open(url("/edit/transfers/new"));
    d.findElement(By.id("suppliers")).sendKeys("Browserline Optics");
    new Select(d.findElement(By.id("supplier_country"))).selectByValue("CN");
    new Select(d.findElement(By.id("recipient_country"))).selectByValue("LU");
    d.findElement(By.id("end_user")).sendKeys("Grand Ducal Police");
    d.findElement(By.cssSelector("input[name=technologies][value=video_surveillance]")).click();
    new Select(d.findElement(By.id("status"))).selectByValue("delivered");
    d.findElement(By.id("year_start")).sendKeys("2023");
    d.findElement(By.id("summary")).sendKeys("Cameras for the browser test.");
    d.findElement(By.id("source_url_0")).sendKeys("https://example.org/browserline");
    d.findElement(By.id("source_publisher_0")).sendKeys("Example Gazette");
    d.findElement(By.id("source_date_0")).sendKeys("2023-04-02");
    d.findElement(By.id("source_evidence_0")).sendKeys("The police received Browserline cameras.");
    browser.loadsNewPage(
        () -> d.findElement(By.cssSelector("button[name=action][value=submit]")).click());
    assertThat(d.findElement(By.cssSelector(".state")).getText()).contains("in_review");
    String id = d.getCurrentUrl().substring(d.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(id).startsWith("T-");
    browser.screenshot("review-submitted");

    signOut(d);
    browser.open(url("/transfers/" + id));
    assertThat(d.findElement(By.tagName("h1")).getText()).doesNotContain("Browserline");

    signIn(d, reviewer);
    browser.open(url("/review"));
    WebElement item = d.findElement(By.cssSelector("article[data-record='" + id + "']"));
    assertThat(item.findElement(By.cssSelector(".author")).getText()).isEqualTo(contributor);
    assertThat(item.findElements(By.cssSelector("table.diff tr.added ins")))
        .extracting(WebElement::getText)
        .contains(
            "Browserline Optics", "Luxembourg (LU)", "The police received Browserline cameras.");
    assertThat(d.findElement(By.cssSelector("a[href='/review/extract']")).isDisplayed()).isTrue();
    browser.screenshot("review-queue");
    browser.loadsNewPage(() -> item.findElement(By.cssSelector("button.publish")).click());
    assertThat(d.findElement(By.cssSelector(".notice")).getText()).contains("published");

    signOut(d);
    browser.open(url("/transfers/" + id));
    assertThat(d.findElement(By.tagName("h1")).getText()).contains("Browserline Optics");
    assertThat(d.getPageSource())
        .contains("The police received Browserline cameras.")
        .doesNotContain("Propose a change");
    browser.screenshot("review-published");
  }

  private String account(Role role) {
    String name = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser(name, encoder.encode(PASSWORD), role, false);
    return name;
  }

  private void signIn(WebDriver d, String name) {
    browser.open(url("/login"));
    browser.submitLogin(name, PASSWORD);
    assertThat(d.getCurrentUrl()).doesNotContain("/login");
  }

  private void signOut(WebDriver d) {
    browser.open(url("/login"));
    browser.loadsNewPage(
        () -> d.findElement(By.xpath("//button[normalize-space()='Sign out']")).click());
    assertThat(d.getCurrentUrl()).contains("logout");
  }
}
