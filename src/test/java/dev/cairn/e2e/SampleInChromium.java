package dev.cairn.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
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
}
