package dev.cairn.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page screenshots of the sample site for looking at the theme, desktop and phone, light and
 * dark. A tool, not a test: it lives outside src/test and its name is not one surefire runs by
 * itself. Run it with {@code ./mvnw -B test -Dtest=ScreenshotTour -Dcairn.screenshots=DIR}.
 */
class ScreenshotTour {

  static final List<String> PAGES =
      List.of(
          "index.html",
          "goals/guitar/index.html",
          "logs/2026-11-23-guitar/index.html",
          "reviews/2026-W47/index.html",
          "tags/index.html",
          "404.html");

  @Test
  void photographTheSampleSite() throws Exception {
    String target = System.getProperty("cairn.screenshots");
    Assumptions.assumeTrue(target != null, "set -Dcairn.screenshots=DIR to take screenshots");
    HeadlessChromium.assumeInstalled();
    Path out = Files.createDirectories(Path.of(target));
    Path site = SampleSite.require();
    Path profile = Files.createTempDirectory("cairn-chromium-");
    ChromeDriver driver = HeadlessChromium.start(profile);
    try {
      for (String scheme : List.of("light", "dark")) {
        driver.executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        for (int width : List.of(1280, 390)) {
          for (String page : PAGES) {
            driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                    "width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
            driver.get(site.resolve(page).toUri().toString());
            long height =
                ((Number)
                        ((JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.scrollHeight"))
                    .longValue();
            driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                    "width",
                    width,
                    "height",
                    height,
                    "deviceScaleFactor",
                    1,
                    "mobile",
                    width < 600));
            ((JavascriptExecutor) driver)
                .executeAsyncScript(
                    """
                const done = arguments[arguments.length - 1];
                Promise.all(Array.from(document.images).map(i => i.decode().catch(() => null)))
                  .then(() => setTimeout(done, 100));""");
            String name = page.replace("/index.html", "").replace(".html", "").replace('/', '_');
            Files.write(
                out.resolve(name + "-" + width + "-" + scheme + ".png"),
                driver.getScreenshotAs(OutputType.BYTES));
          }
        }
      }
      driver.executeCdpCommand(
          "Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 794, "height", 1123, "deviceScaleFactor", 1, "mobile", false));
      driver.get(site.resolve("goals/guitar/index.html").toUri().toString());
      Files.write(out.resolve("goals_guitar-print.png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
      SampleSite.deleteTree(profile);
    }
  }
}
