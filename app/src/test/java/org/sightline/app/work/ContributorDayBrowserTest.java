package org.sightline.app.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sightline.app.extraction.ExtractTestContext;
import org.sightline.app.testing.Browser;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Visibility;

/**
 * A contributor's day and a reviewer's, in a real Chromium (issue 11): the contributor signs in
 * with a one-time password and is led through the password change to the page they asked for,
 * pastes an article and sees its candidate flagged as a possible duplicate of a published record
 * (and compares them side by side), merges a second report into that record as a proposal, pastes
 * the first again and is sent to the first document, accepts and rejects candidates, discards a
 * draft, submits two from "My work"; the reviewer reads a labelled diff with links to the document,
 * sends one back with a reason and publishes the other; the contributor sees the reason where they
 * edit, and the public sees exactly the published record.
 */
class ContributorDayBrowserTest extends ExtractTestContext {
  private static final String NEW_PASSWORD = "a long and new passphrase";
  @RegisterExtension static final Browser browser = Browser.perClass();

  @Test
  void aContributorsDayAndAReviewersFromArticleToPublishedRecord() throws Exception {
    WebDriver d = browser.driver();
    String contributor = "curator-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser(contributor, encoder.encode(PASSWORD), Role.CONTRIBUTOR, true);
    String reviewer = user(Role.REVIEWER);

    // Sign in with the one-time password: the password form, then the page asked for.
    browser.open(url("/login"));
    d.manage().deleteAllCookies();
    browser.open(url("/review/extract"));
    fillSignIn(d, contributor, PASSWORD);
    assertThat(d.getCurrentUrl()).endsWith("/account/password");
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Choose a password");
    d.findElement(By.id("current")).sendKeys(PASSWORD);
    d.findElement(By.id("new-password")).sendKeys(NEW_PASSWORD);
    d.findElement(By.id("confirm")).sendKeys(NEW_PASSWORD);
    browser.loadsNewPage(() -> d.findElement(By.cssSelector("form.login-form button")).click());
    assertThat(d.getCurrentUrl()).contains("/review/extract");
    assertThat(d.findElement(By.tagName("h1")).getText())
        .isEqualTo("Extract transfers from a document");
    assertThat(d.findElement(By.id("signed-in-as")).getText()).isEqualTo(contributor);
    assertThat(d.findElement(By.id("sign-out")).isDisplayed()).isTrue();

    // An article that repeats a published record (T0011, Huawei for Kenya's police).
    String kenya =
        goldText("sl-01").path("text").asString() + " Reference " + UUID.randomUUID() + ".";
    long kenyaDoc = paste(d, kenya, "https://example.org/" + UUID.randomUUID(), "Nairobi");
    WebElement huawei = card(d, "Huawei");
    assertThat(huawei.findElements(By.cssSelector(".duplicate")))
        .extracting(WebElement::getText)
        .anySatisfy(
            t ->
                assertThat(t)
                    .startsWith("Possible duplicate of T0011 Huawei → Kenya (KE), published"));
    browser.loadsNewPage(
        () -> huawei.findElement(By.cssSelector("a.compare-link[href$='/compare/T0011']")).click());
    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Possible duplicate");
    assertThat(d.findElement(By.cssSelector("table.side-by-side")).getText())
        .contains("Recipient country")
        .contains("Supplier 1: name");
    browser.screenshot("day-side-by-side");
    browser.loadsNewPage(() -> d.findElement(By.linkText("Back")).click());

    // The same article again leads to the first document.
    browser.open(url("/review/extract"));
    assertThat(paste(d, kenya, null, null)).isEqualTo(kenyaDoc);
    assertThat(d.findElement(By.id("notice")).getText())
        .contains("already submitted by you: here is document " + kenyaDoc);

    // Accept Huawei; reject a candidate of another article.
    String kenyaDraft = acceptOn(d, "Huawei");
    browser.open(url("/review/extract"));
    paste(
        d,
        "ZTE supplied surveillance cameras to Ecuador's police in 2019. " + UUID.randomUUID(),
        null,
        "Quito");
    WebElement zte = card(d, "ZTE");
    zte.findElement(By.cssSelector(".reject-form input[name=reason]"))
        .sendKeys("a rumour, not a sale");
    browser.loadsNewPage(() -> zte.findElement(By.cssSelector("button.reject")).click());
    assertThat(card(d, "ZTE").findElement(By.cssSelector(".decision")).getText())
        .startsWith("Rejected");

    // Two more articles: one to send to review, one to discard.
    String ugandaDraft =
        acceptedDraft(
            d,
            "Hikvision supplied surveillance cameras to Uganda's police in 2021.",
            "Kampala",
            "Hikvision");
    String zambiaDraft =
        acceptedDraft(
            d, "Dahua sold surveillance cameras to Zambia's police in 2020.", "Lusaka", "Dahua");

    // A second report of T0011's deal is merged into it in one action: a proposal, in review.
    browser.open(url("/review/extract"));
    paste(
        d,
        goldText("sl-01").path("text").asString() + " Second report " + UUID.randomUUID() + ".",
        "https://example.org/" + UUID.randomUUID(),
        "Nairobi, again");
    browser.loadsNewPage(
        () ->
            card(d, "Huawei")
                .findElement(By.cssSelector("a.compare-link[href$='/compare/T0011']"))
                .click());
    browser.loadsNewPage(() -> d.findElement(By.cssSelector("button.merge")).click());
    assertThat(d.findElement(By.id("notice")).getText())
        .contains("added as a source to T0011: a proposed change");
    String proposal =
        card(d, "Huawei").findElement(By.cssSelector("a.proposal-link")).getDomAttribute("href");
    assertThat(proposal).startsWith("/review#proposal-");

    // "My work": discard one with a reason, submit the other two.
    browser.loadsNewPage(() -> d.findElement(By.linkText("My work")).click());
    WebElement dropping = workItem(d, zambiaDraft);
    dropping
        .findElement(By.cssSelector(".discard-form input[name=reason]"))
        .sendKeys("a test article");
    browser.loadsNewPage(() -> dropping.findElement(By.cssSelector("button.discard")).click());
    assertThat(d.findElement(By.id("discarded-records")).getText())
        .contains(zambiaDraft)
        .contains("discarded: a test article");
    for (String id : List.of(kenyaDraft, ugandaDraft)) {
      browser.open(url("/my-work"));
      browser.loadsNewPage(
          () -> workItem(d, id).findElement(By.cssSelector("button.submit-for-review")).click());
    }
    browser.open(url("/my-work"));
    assertThat(d.findElement(By.id("in-review-records")).getText())
        .contains(kenyaDraft)
        .contains(ugandaDraft)
        .contains("in review, waiting for a reviewer");
    browser.screenshot("day-my-work");
    signOut(d);

    // The reviewer reads labelled diffs with links, sends one back and publishes the other.
    signIn(d, reviewer, PASSWORD);
    browser.open(url("/review"));
    WebElement item = d.findElement(By.cssSelector("article[data-record='" + kenyaDraft + "']"));
    assertThat(item.findElement(By.cssSelector("table.diff")).getText())
        .contains("Supplier 1: name")
        .contains("Recipient country")
        .doesNotContain("supplier_orgs[1]")
        .doesNotContain("video_surveillance");
    assertThat(item.findElements(By.cssSelector(".duplicate")))
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).startsWith("Possible duplicate of T0011"));
    assertThat(item.findElement(By.cssSelector("a.document-link")).getDomAttribute("href"))
        .startsWith("/review/extract/documents/" + kenyaDoc + "#ev-");
    assertThat(d.findElement(By.id(proposal.substring("/review#".length()))).getText())
        .contains("Proposed change")
        .contains("T0011");
    browser.screenshot("day-review-queue");
    WebElement uganda = d.findElement(By.cssSelector("article[data-record='" + ugandaDraft + "']"));
    uganda
        .findElement(By.cssSelector("form[action$='/send-back'] input[name=reason]"))
        .sendKeys("please cite the police tender");
    browser.loadsNewPage(
        () -> uganda.findElement(By.cssSelector("form[action$='/send-back'] button")).click());
    WebElement kenyaItem =
        d.findElement(By.cssSelector("article[data-record='" + kenyaDraft + "']"));
    browser.loadsNewPage(() -> kenyaItem.findElement(By.cssSelector("button.publish")).click());
    browser.loadsNewPage(() -> d.findElement(By.id("published-link")).click());
    assertThat(d.getCurrentUrl()).endsWith("/transfers/" + kenyaDraft);
    signOut(d);

    // The contributor sees the reviewer's reason where they edit the record sent back.
    signIn(d, contributor, NEW_PASSWORD);
    browser.open(url("/my-work"));
    assertThat(d.findElement(By.id("sent-back-records")).getText())
        .contains(ugandaDraft)
        .contains("please cite the police tender");
    browser.loadsNewPage(
        () -> workItem(d, ugandaDraft).findElement(By.cssSelector("a.record-link")).click());
    assertThat(d.findElement(By.cssSelector(".sent-back-reason")).getText())
        .isEqualTo("please cite the police tender");
    browser.screenshot("day-sent-back");
    signOut(d);

    // The public sees exactly the published record.
    browser.open(url("/transfers/" + kenyaDraft));
    assertThat(d.findElement(By.tagName("h1")).getText()).contains("Huawei");
    for (String unpublished : List.of(ugandaDraft, zambiaDraft)) {
      browser.open(url("/transfers/" + unpublished));
      assertThat(d.findElement(By.tagName("h1")).getText()).doesNotContain("→");
      assertThat(register.findTransfer(unpublished, Visibility.PUBLIC)).isEmpty();
    }
    assertThat(
            register.findTransfer(kenyaDraft, Visibility.PUBLIC).orElseThrow().transfer().state())
        .isEqualTo(PublicationState.PUBLISHED);
  }

  private long paste(WebDriver d, String text, String address, String title) {
    d.findElement(By.id("text")).sendKeys(text);
    if (address != null) {
      d.findElement(By.id("url")).sendKeys(address);
    }
    if (title != null) {
      d.findElement(By.id("title")).sendKeys(title);
    }
    browser.loadsNewPage(() -> d.findElement(By.id("extract-submit")).click());
    assertThat(d.getCurrentUrl()).matches(".*/review/extract/documents/\\d+$");
    return Long.parseLong(d.findElement(By.id("document-id")).getText());
  }

  /**
   * A new article (made unique by a random reference, with its own address) pasted on the extract
   * page, and the draft accepting the supplier's candidate makes.
   */
  private String acceptedDraft(WebDriver d, String article, String title, String supplier) {
    browser.open(url("/review/extract"));
    paste(d, article + " " + UUID.randomUUID(), "https://example.org/" + UUID.randomUUID(), title);
    return acceptOn(d, supplier);
  }

  private String acceptOn(WebDriver d, String supplier) {
    WebElement c = card(d, supplier);
    String document = d.findElement(By.id("document-id")).getText();
    browser.loadsNewPage(() -> c.findElement(By.cssSelector("button.accept")).click());
    // Accepting stays on the document, at the candidate, with a link to the new draft.
    assertThat(d.getCurrentUrl()).contains("/review/extract/documents/" + document + "#candidate-");
    assertThat(card(d, supplier).findElement(By.cssSelector(".decision")).getText())
        .startsWith("Accepted");
    String draft =
        d.findElement(By.id("new-draft-link")).getText().substring("Open draft ".length());
    assertThat(draft).startsWith("T-");
    return draft;
  }

  private static WebElement card(WebDriver d, String supplier) {
    return d.findElements(By.cssSelector("article.candidate")).stream()
        .filter(c -> c.findElement(By.tagName("h3")).getText().contains(supplier))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + supplier + " candidate on " + d.getCurrentUrl()));
  }

  private static WebElement workItem(WebDriver d, String id) {
    return d.findElement(By.cssSelector("li.work-item[data-record='" + id + "']"));
  }

  private void signIn(WebDriver d, String name, String password) {
    browser.open(url("/login"));
    fillSignIn(d, name, password);
    assertThat(d.findElement(By.id("signed-in-as")).getText()).isEqualTo(name);
  }

  private void fillSignIn(WebDriver d, String name, String password) {
    assertThat(d.getCurrentUrl()).contains("/login");
    browser.submitLogin(name, password);
  }

  private void signOut(WebDriver d) {
    browser.loadsNewPage(() -> d.findElement(By.id("sign-out")).click());
    assertThat(d.getCurrentUrl()).contains("/login?logout");
  }
}
