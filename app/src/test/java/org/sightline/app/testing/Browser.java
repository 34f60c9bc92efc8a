package org.sightline.app.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver} (nothing is downloaded;
 * the network may be closed). One per test class: starting a browser costs seconds.
 *
 * <p>On a busy machine a page can still be loading, or be replaced, when a test reads it. So every
 * step that loads a page goes through {@link #open} or {@link #loadsNewPage}, which return only
 * once the new document has replaced the old one and finished loading (explicit waits, no sleeps),
 * and elements found before such a step are never used after it.
 */
public final class Browser implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  public static Browser start() {
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
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .build();
      WebDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(PATIENCE);
      return new Browser(driver);
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
    driver.quit();
  }
}
