package dev.cairn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The injected script in a real browser: a save reloads the page, errors appear and go away. */
class LiveReloadBrowserTest {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path tmp;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSaveReloadsTheOpenPageAndErrorsShowOverIt() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "needs chromium and chromedriver");
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path log = portfolio.resolve("content/logs/2026-09-08-guitar.md");
    String good = Files.readString(log);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    try (DevServer server =
        DevServer.start(
            new ServeOptions(
                portfolio,
                InetAddress.getLoopbackAddress(),
                0,
                false,
                true,
                Optional.of(LocalDate.of(2026, 9, 28))),
            new PrintWriter(new StringWriter(), true))) {
      ChromeDriver browser = new ChromeDriver(service, options);
      try {
        WebDriverWait wait =
            new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
        browser.get("http://localhost:" + server.port() + "/logs/2026-09-08-guitar/");
        assertTrue(browser.getPageSource().contains("G to C"));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        Files.writeString(log, good.replace("win: G to C", "win: Seen without pressing reload"));
        wait.until(b -> b.getPageSource().contains("Seen without pressing reload"));
        assertEquals(
            null,
            ((JavascriptExecutor) browser).executeScript("return window.notReloaded;"),
            "the page reloaded itself");

        Files.writeString(log, good.replace("metrics: { changes: 14", "metrics: { changes: [14"));
        wait.until(b -> !b.findElements(By.id("cairn-build-errors")).isEmpty());
        assertTrue(browser.findElement(By.id("cairn-build-errors")).isDisplayed());
        assertTrue(
            browser
                .findElement(By.id("cairn-build-errors"))
                .getText()
                .contains("content/logs/2026-09-08-guitar.md:"));

        Files.writeString(log, good);
        wait.until(b -> b.findElements(By.id("cairn-build-errors")).isEmpty());
        assertTrue(browser.getPageSource().contains("G to C"));
      } finally {
        browser.quit();
      }
    }
  }
}
