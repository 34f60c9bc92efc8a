package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sightline.app.testing.Browser;
import org.sightline.store.accounts.Role;

/**
 * Issue 16 in a real Chromium: a Spanish and a French article (written for this test) pasted on the
 * extraction page come back with their countries, vendors, money and technologies highlighted and a
 * candidate naming the vendor and the receiving country.
 */
class OtherLanguagesBrowserTest extends ExtractTestContext {
  @RegisterExtension static final Browser browser = Browser.perClass();

  /**
   * An article written for this test (a unique reference is appended to its text), the names and
   * figures its page must highlight, and the recipient country as the candidate names it.
   */
  record Article(
      String language,
      String text,
      String title,
      String country,
      String money,
      String technology,
      String recipient) {}

  static Stream<Article> articles() {
    return Stream.of(
        new Article(
            "spanish",
            "QUITO, 12 mar (Sightline Wire) - El Ministerio del Interior de Ecuador firmó un contrato"
                + " de 8 millones de dólares con la empresa china Huawei para instalar cámaras de"
                + " videovigilancia con reconocimiento facial en Quito y Guayaquil, informó el"
                + " gobierno. Ref ",
            "Quito",
            "Ecuador",
            "8 millones de dólares",
            "videovigilancia",
            "Ecuador"),
        new Article(
            "french",
            "DAKAR, 4 juin (Sightline Wire) - Le gouvernement du Sénégal a signé avec la société"
                + " chinoise Huawei un contrat de 35 milliards de FCFA pour déployer la"
                + " vidéosurveillance et un centre de commandement dans la capitale, a annoncé le"
                + " ministère. Réf. ",
            "Dakar",
            "Sénégal",
            "35 milliards de FCFA",
            "vidéosurveillance",
            "Senegal"));
  }

  @ParameterizedTest(name = "a {0} article comes back with highlights and a candidate")
  @MethodSource("articles")
  void anArticleComesBackWithHighlightsAndACandidate(Article a) {
    WebElement text = paste(a.text() + UUID.randomUUID() + ".", a.title());
    assertThat(texts(text, ".m-organization")).contains("Huawei");
    assertThat(texts(text, ".m-country")).contains(a.country());
    assertThat(texts(text, ".m-money")).contains(a.money());
    assertThat(texts(text, ".m-technology")).contains(a.technology());
    assertThat(candidateHeadings())
        .anySatisfy(h -> assertThat(h).contains("Huawei").contains(a.recipient()));
    browser.screenshot("review-extract-" + a.language());
  }

  /** Signs in, pastes the article and returns the highlighted text of its document page. */
  private WebElement paste(String article, String title) {
    WebDriver driver = browser.driver();
    signInFromTheExtractPage(browser, user(Role.CONTRIBUTOR));
    driver.findElement(By.id("text")).sendKeys(article);
    driver.findElement(By.id("title")).sendKeys(title);
    browser.loadsNewPage(() -> driver.findElement(By.id("extract-submit")).click());
    assertThat(driver.getCurrentUrl()).matches(".*/review/extract/documents/\\d+$");
    WebElement text = driver.findElement(By.id("extracted-text"));
    assertThat(text.getText()).isEqualTo(article);
    return text;
  }

  private List<String> candidateHeadings() {
    return browser.driver().findElements(By.cssSelector("article.candidate h3")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> texts(WebElement text, String css) {
    return text.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
