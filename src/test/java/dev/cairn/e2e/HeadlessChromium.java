package dev.cairn.e2e;

import java.io.File;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver, started headless with a fresh profile and the browser log on.
 */
final class HeadlessChromium {

  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  /** Kept here so the setting is not lost: the raw CDP commands used need no versioned DevTools. */
  private static final java.util.logging.Logger CDP_VERSION_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private HeadlessChromium() {}

  /** Skips the calling tests, saying why, when the browser or its driver is not installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        CHROMIUM.canExecute(),
        "skipped: " + CHROMIUM + " is not installed (apt-get install chromium)");
    Assumptions.assumeTrue(
        CHROMEDRIVER.canExecute(),
        "skipped: " + CHROMEDRIVER + " is not installed (apt-get install chromium-driver)");
  }

  static ChromeDriver start(Path profile) {
    CDP_VERSION_LOG.setLevel(Level.OFF);
    // Both paths are given, so Selenium Manager has nothing to look up; offline makes sure of it.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--hide-scrollbars",
        "--user-data-dir=" + profile,
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER)
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
