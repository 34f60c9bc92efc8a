package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sightline.app.testing.Browser;
import org.sightline.core.json.Json;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.JsonNode;

/**
 * A contributor in a real Chromium: signs in, pastes an article, sees the recognised countries,
 * organizations and money highlighted with the candidate's evidence, accepts the candidate and
 * lands on the new draft. Screenshots go to {@code target/screenshots}.
 */
class ExtractReviewBrowserTest extends ExtractTestContext {
  @RegisterExtension static final Browser browser = Browser.perClass();

  @Test
  void aContributorPastesAnArticleSeesTheHighlightsAndAcceptsTheCandidate() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    // A text of its own: the same text pasted again would lead to its first document.
    String article =
        goldText("sl-01").path("text").asString() + " Reference " + UUID.randomUUID() + ".";
    WebDriver driver = browser.driver();

    signInFromTheExtractPage(browser, name);
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Extract transfers from a document");

    driver.findElement(By.id("text")).sendKeys(article);
    driver.findElement(By.id("title")).sendKeys("Nairobi safe city");
    browser.loadsNewPage(() -> driver.findElement(By.id("extract-submit")).click());
    assertThat(driver.getCurrentUrl()).matches(".*/review/extract/documents/\\d+$");

    WebElement text = driver.findElement(By.id("extracted-text"));
    assertThat(text.getText()).isEqualTo(article);
    assertThat(texts(text.findElements(By.cssSelector(".m-organization"))))
        .contains("Huawei", "Safaricom");
    assertThat(texts(text.findElements(By.cssSelector(".m-country")))).contains("Kenya");
    assertThat(texts(text.findElements(By.cssSelector(".m-money")))).isNotEmpty();
    WebElement card =
        driver.findElements(By.cssSelector("article.candidate")).stream()
            .filter(c -> c.findElement(By.tagName("h3")).getText().contains("Huawei"))
            .filter(c -> c.findElement(By.tagName("h3")).getText().contains("Kenya"))
            .findFirst()
            .orElseThrow();
    String number = card.getDomAttribute("id").substring("candidate-".length());
    String evidence = String.join("", texts(text.findElements(By.cssSelector(".ev-" + number))));
    assertThat(evidence).contains("supplied by Huawei");
    assertThat(card.getText()).contains("confidence 0.");
    // The candidate model's score and the features that moved it most, signed and in words: the
    // ones stored with the candidate when it was extracted, in the same order.
    String url = driver.getCurrentUrl();
    long documentId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    JsonNode stored =
        Json.MAPPER
            .readTree(documents.find(documentId).orElseThrow().candidatesJson())
            .get(Integer.parseInt(number) - 1)
            .path("model");
    assertThat(card.findElement(By.cssSelector(".model-score .score")).getText())
        .isEqualTo(String.format(Locale.ROOT, "%.2f", stored.path("score").asDouble()));
    List<String> shown = new ArrayList<>();
    for (WebElement d : card.findElements(By.cssSelector(".drivers li"))) {
      String effect = d.findElement(By.cssSelector(".effect")).getText();
      assertThat(d.getDomAttribute("class"))
          .isEqualTo(effect.startsWith("+") ? "raises" : "lowers");
      shown.add(effect + " " + d.findElement(By.cssSelector(".feature")).getText());
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode d : stored.path("drivers")) {
      expected.add(
          String.format(Locale.ROOT, "%+.2f", d.path("effect").asDouble())
              + " "
              + d.path("feature").asString().replace('_', ' '));
    }
    assertThat(shown).isNotEmpty().hasSizeLessThanOrEqualTo(5).isEqualTo(expected);
    assertThat(shown).allMatch(d -> d.matches("[+-]\\d+\\.\\d\\d [a-z ]+"));
    browser.screenshot("review-extract-document");

    browser.loadsNewPage(() -> card.findElement(By.cssSelector("button.accept")).click());
    // The curator stays on the document, told the new draft's id with a link to it.
    assertThat(driver.getCurrentUrl()).contains("/review/extract/documents/");
    assertThat(driver.findElement(By.id("notice")).getText())
        .startsWith("Candidate " + number + " accepted: draft T-");
    browser.loadsNewPage(() -> driver.findElement(By.id("new-draft-link")).click());
    assertThat(driver.getCurrentUrl()).contains("/review/extract/drafts/T-");

    String draftId = driver.findElement(By.id("draft-id")).getText();
    assertThat(driver.findElement(By.id("draft-state")).getText()).isEqualTo("draft");
    assertThat(driver.findElement(By.id("draft-suppliers")).getText()).contains("Huawei");
    assertThat(driver.findElement(By.cssSelector(".sources .evidence")).getText())
        .contains("supplied by Huawei");
    assertThat(driver.findElement(By.cssSelector(".sources .publisher")).getText())
        .startsWith("Nairobi safe city");
    browser.screenshot("review-extract-draft");
    assertThat(register.findTransfer(draftId, Visibility.REVIEWER).orElseThrow().transfer().state())
        .isEqualTo(PublicationState.DRAFT);
    assertThat(register.findTransfer(draftId, Visibility.PUBLIC)).isEmpty();

    // Back on the document, the candidate shows its decision and links to the draft.
    browser.loadsNewPage(() -> driver.findElement(By.linkText("Back to the document")).click());
    assertThat(driver.getCurrentUrl()).matches(".*/review/extract/documents/\\d+$");
    WebElement decided = driver.findElement(By.id("candidate-" + number));
    assertThat(decided.findElement(By.cssSelector(".decision")).getText()).startsWith("Accepted");
    assertThat(decided.findElement(By.cssSelector("a.draft-link")).getText()).isEqualTo(draftId);
    assertThat(decided.findElements(By.cssSelector("button.accept"))).isEmpty();
  }

  @Test
  void anUploadedFileIsReadAndABinaryOneIsRefusedWithOneLine() throws Exception {
    WebDriver driver = browser.driver();
    signInFromTheExtractPage(browser, user(Role.CONTRIBUTOR));

    Path dir = Files.createTempDirectory("extract-upload");
    Path binary = dir.resolve("camera.txt");
    Files.write(binary, new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10});
    driver.findElement(By.id("file")).sendKeys(binary.toAbsolutePath().toString());
    browser.loadsNewPage(() -> driver.findElement(By.id("extract-submit")).click());
    assertThat(driver.findElement(By.id("extract-error")).getText())
        .isEqualTo("camera.txt looks like a binary file, not text");

    Path html = dir.resolve("story.html");
    Files.writeString(
        html,
        "<html><head><title>Lusaka cameras</title></head><body><nav>Menu</nav><article>"
            + "<p>Huawei supplied surveillance cameras to Zambia's police in 2020.</p>"
            + "</article></body></html>");
    driver.findElement(By.id("file")).sendKeys(html.toAbsolutePath().toString());
    browser.loadsNewPage(() -> driver.findElement(By.id("extract-submit")).click());
    assertThat(driver.getCurrentUrl()).matches(".*/review/extract/documents/\\d+$");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lusaka cameras");
    assertThat(driver.findElement(By.id("extracted-text")).getText())
        .isEqualTo("Huawei supplied surveillance cameras to Zambia's police in 2020.");
    assertThat(driver.findElements(By.cssSelector("article.candidate h3")))
        .extracting(WebElement::getText)
        .anySatisfy(h -> assertThat(h).contains("Huawei").contains("Zambia"));
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).toList();
  }
}
