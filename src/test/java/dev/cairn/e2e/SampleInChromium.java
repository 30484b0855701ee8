package dev.cairn.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The built sample site and one headless Chromium, started once for a test class (skipped where
 * Chromium is not installed) and quit after it, with its profile folder removed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleInChromium {

  protected Path site;
  protected ChromeDriver driver;
  private Path profile;

  @BeforeAll
  void startBrowser() throws IOException {
    HeadlessChromium.assumeInstalled();
    site = SampleSite.require();
    profile = Files.createTempDirectory("cairn-chromium-");
    driver = HeadlessChromium.start(profile);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) driver.quit();
    if (profile != null) SampleSite.deleteTree(profile);
  }

  /**
   * Brings each image of the open page that {@code selector} finds into view, as a reader scrolling
   * would (charts load lazily), waits for it to load or fail, and returns what {@code result}, a
   * JavaScript expression over the array {@code imgs}, gives.
   */
  protected Object afterImagesSettle(String selector, String result) {
    return ((JavascriptExecutor) driver)
        .executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            const imgs = Array.from(document.querySelectorAll(arguments[0]));
            const settle = img => new Promise(resolve => {
              img.scrollIntoView();
              if (img.complete) return resolve();
              img.addEventListener('load', resolve, {once: true});
              img.addEventListener('error', resolve, {once: true});
            });
            (async () => {
              for (const img of imgs) await settle(img);
              done(%s);
            })();
            """
                .formatted(result),
            selector);
  }
}
