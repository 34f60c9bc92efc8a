package org.sightline.app.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (nothing is downloaded;
 * the network may be closed). One per test class, registered as an extension that starts it before
 * the class's first test and quits it after the last ({@code @RegisterExtension static final
 * Browser browser = Browser.perClass();}): starting a browser costs seconds.
 *
 * <p>On a busy machine a page can still be loading, or be replaced, when a test reads it. So every
 * step that loads a page goes through {@link #open} or {@link #loadsNewPage}, which return only
 * once the new document has replaced the old one and finished loading (explicit waits, no sleeps),
 * and elements found before such a step are never used after it.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private WebDriver driver;

  private Browser() {}

  /** A browser for one test class, started when the class's tests begin. */
  public static Browser perClass() {
    return new Browser();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    driver = launch();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  private static WebDriver launch() {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--disable-extensions",
          "--window-size=1280,1400",
          "--user-data-dir=" + Files.createTempDirectory("chrome-profile"));
      // The console (errors, CSP violations) is kept so tests can read it: consoleErrors().
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(PATIENCE);
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens an address and returns once its page has loaded. */
  public void open(String url) {
    loadsNewPage(() -> driver.get(url));
  }

  /**
   * Runs a step that loads another page (a click on a link or a submit button, a key press, a
   * script-submitted form) and returns once that page has replaced the current one and has loaded.
   *
   * <p>The current page is marked with a window property before the step; the wait ends when a page
   * without the mark has finished loading. (Waiting for an old element to go stale is not enough:
   * while Chromium swaps documents, chromedriver can answer with an "unhandled inspector error"
   * instead of a stale-element error.) Errors of the probe while the old page goes away are
   * expected and retried; a dialog (an alert) is not, and fails the step.
   */
  public void loadsNewPage(Runnable step) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__sightlineOldPage = true;");
    step.run();
    new WebDriverWait(driver, PATIENCE)
        .until(
            d -> {
              try {
                return Boolean.TRUE.equals(
                    js.executeScript(
                        "return !window.__sightlineOldPage"
                            + " && document.readyState === 'complete';"));
              } catch (UnhandledAlertException e) {
                throw e; // a page that opens a dialog is a failure, not a delay
              } catch (WebDriverException e) {
                return false; // the old page is going away under the probe
              }
            });
  }

  /**
   * Fills the sign-in form on the page shown now ({@code /login}, or a page that redirected there)
   * and submits it; returns once the page the form leads to has loaded.
   */
  public void submitLogin(String username, String password) {
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    loadsNewPage(
        () -> driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click());
  }

  /**
   * The console's errors since the last call (script errors, refused content-security-policy
   * directives, failed loads such as a missing favicon), one line each; reading clears them.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /**
   * Lays pages out as a phone of this size would (the viewport meta tag applies, as on a mobile
   * browser) until {@link #desktop()}; the current page is laid out again at once.
   */
  public void phone(int width, int height) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
  }

  /** Back to the window's own size after {@link #phone}. */
  public void desktop() {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
