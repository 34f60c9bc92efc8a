package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.openqa.selenium.WebDriver;
import org.sightline.app.testing.Browser;
import org.sightline.app.testing.SignedIn;
import org.sightline.app.testing.WebAppTestContext;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.Documents;
import org.sightline.store.documents.StoredDocument;
import org.sightline.store.registry.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app on a random port over a fresh H2 data directory with the starter data, a 1 MB
 * document limit (so "too large" is cheap to test), and helpers that create accounts the way {@code
 * sightline user add} does. The API test and the browser test share this one context.
 */
public abstract class ExtractTestContext extends WebAppTestContext {
  protected static final long MAX_BYTES = 1_048_576;

  @Autowired protected Register register;
  @Autowired protected Documents documents;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    freshData(registry, "sightline-extract");
    registry.add("sightline.extract.max-bytes", () -> String.valueOf(MAX_BYTES));
  }

  protected String bearer(String username) {
    return "Bearer " + accounts.createToken(username, null, Duration.ofDays(1)).secret();
  }

  /** One text of the project's annotated corpus ({@code eval/sightline-gold.jsonl}) by id. */
  protected static JsonNode goldText(String id) throws IOException {
    Path gold = Path.of("..", "eval", "sightline-gold.jsonl");
    JsonMapper json = JsonMapper.builder().build();
    for (String line : Files.readAllLines(gold)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        if (id.equals(n.path("id").asString())) {
          return n;
        }
      }
    }
    throw new IllegalArgumentException("no text " + id + " in " + gold);
  }

  /**
   * Pastes a text on the extraction page as {@code name} and returns the stored document. A unique
   * reference ({@code " Ref <uuid>"}) is appended, so the text is never one already submitted.
   */
  protected StoredDocument pasteNewDocument(String name, String text) throws Exception {
    String url =
        mvc.perform(
                multipart("/review/extract")
                    .param("text", text + " Ref " + UUID.randomUUID())
                    .with(SignedIn.as(accounts, name, Role.CONTRIBUTOR))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return documents.find(Long.parseLong(url.substring(url.lastIndexOf('/') + 1))).orElseThrow();
  }

  /** The document's review page as {@code name} sees it. */
  protected String documentPage(String name, StoredDocument doc) throws Exception {
    return okBody(
        mvc,
        get("/review/extract/documents/" + doc.id())
            .with(SignedIn.as(accounts, name, Role.CONTRIBUTOR)));
  }

  /** Signed out whatever ran before in this browser: the extract page sends us to sign in. */
  protected void signInFromTheExtractPage(Browser browser, String name) {
    WebDriver driver = browser.driver();
    browser.open(url("/login"));
    driver.manage().deleteAllCookies();
    browser.open(url("/review/extract"));
    assertThat(driver.getCurrentUrl()).contains("/login");
    browser.submitLogin(name, PASSWORD);
    assertThat(driver.getCurrentUrl()).contains("/review/extract");
  }
}
