package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The sample portfolio as a reader sees it: opened from {@code file://} in headless Chromium,
 * clicked through, on a phone-sized screen and in dark mode.
 */
class BrowserTest extends SampleInChromium {

  /** One page of each kind, and every goal: what a reader reaches first. */
  static final List<String> PAGES =
      List.of(
          "index.html",
          "goals/guitar/index.html",
          "goals/cooking/index.html",
          "goals/reading/index.html",
          "goals/running/index.html",
          "logs/2026-11-23-guitar/index.html",
          "reviews/index.html",
          "reviews/2026-W47/index.html",
          "reviews/2026-11/index.html",
          "reviews/2026/index.html",
          "capabilities/index.html",
          "tags/index.html",
          "tags/recording/index.html",
          "404.html");

  @AfterEach
  void resetEmulation() {
    if (driver == null) return;
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  private void open(String path) {
    driver.get(site.resolve(path).toUri().toString());
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private List<String> severeConsoleEntries() {
    List<String> severe = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) severe.add(entry.getMessage());
    }
    return severe;
  }

  @Test
  void pagesOpenFromFileWithoutConsoleErrors() {
    List<String> problems = new ArrayList<>();
    for (String path : PAGES) {
      open(path);
      assertTrue(
          driver.getTitle().contains("Mara's practice notebook"), path + ": " + driver.getTitle());
      for (String message : severeConsoleEntries()) problems.add(path + ": " + message);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void consoleCheckSeesAnErrorWhenThereIsOne() {
    open("404.html");
    severeConsoleEntries();
    js("console.error('cairn-probe')");
    assertTrue(
        severeConsoleEntries().stream().anyMatch(m -> m.contains("cairn-probe")),
        "the browser log is read, so a clean page means something");
  }

  @Test
  void everyImageLoads() {
    List<String> broken = new ArrayList<>();
    int images = 0;
    for (String path : PAGES) {
      open(path);
      // Charts load lazily: bring each into view and wait for it to settle, as a reader scrolling
      // would.
      @SuppressWarnings("unchecked")
      List<Object> result =
          (List<Object>)
              afterImagesSettle(
                  "img",
                  "[imgs.length, imgs.filter(i => i.naturalWidth === 0).map(i =>"
                      + " i.getAttribute('src'))]");
      images += ((Number) result.get(0)).intValue();
      for (Object src : (List<?>) result.get(1)) broken.add(path + ": " + src);
    }
    assertEquals(List.of(), broken);
    assertTrue(images >= 4 + 4 * 5, "sparklines and charts were checked, found " + images);
  }

  @Test
  void readerClicksFromIndexToGoalToLogToWeeklyReview() {
    open("index.html");
    driver.findElement(By.linkText("Play guitar with friends")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/goals/guitar/index.html"), driver.getCurrentUrl());
    assertEquals("Play guitar with friends", driver.findElement(By.tagName("h1")).getText());

    WebElement log = driver.findElement(By.partialLinkText("32 barre changes"));
    log.click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/logs/2026-11-23-guitar/index.html"),
        driver.getCurrentUrl());
    assertTrue(
        driver
            .findElement(By.tagName("h1"))
            .getText()
            .contains("32 barre changes, same as a fortnight ago"));
    String body = driver.findElement(By.tagName("main")).getText();
    assertTrue(body.contains("Level 2: barre chords"), body);
    assertTrue(body.contains("per min"), body);

    driver.findElement(By.cssSelector("a[rel=prev]")).click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/logs/2026-11-19-guitar/index.html"),
        driver.getCurrentUrl());
    driver.findElement(By.cssSelector("a[rel=next]")).click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/logs/2026-11-23-guitar/index.html"),
        driver.getCurrentUrl());

    driver.findElement(By.partialLinkText("Week 48, 2026")).click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/reviews/2026-W48/index.html"), driver.getCurrentUrl());
    assertEquals("Week 48, 2026", driver.findElement(By.tagName("h1")).getText());

    driver.findElement(By.linkText("Goals")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/index.html"), driver.getCurrentUrl());
  }

  @Test
  void readerClimbsFromTheIndexToTheMonthTheYearAndTheCapabilities() {
    open("index.html");
    driver.findElement(By.linkText("Latest month: November 2026")).click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/reviews/2026-11/index.html"), driver.getCurrentUrl());
    assertEquals("November 2026 review", driver.findElement(By.tagName("h1")).getText());
    String month = driver.findElement(By.tagName("main")).getText();
    assertTrue(month.contains("Ran 8 km without stopping"), month);
    assertTrue(month.contains("Active in 5 of 5 weeks"), month);

    driver.findElement(By.cssSelector(".crumbs a[href$='2026/index.html']")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/reviews/2026/index.html"), driver.getCurrentUrl());
    assertEquals("2026 in review", driver.findElement(By.tagName("h1")).getText());
    driver.findElement(By.cssSelector("details.period-wins summary")).click();
    assertTrue(
        driver.findElement(By.cssSelector("details.period-wins .log-list")).isDisplayed(),
        "the year's wins open");
    driver.findElement(By.linkText("October 2026")).click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/reviews/2026-10/index.html"), driver.getCurrentUrl());

    open("index.html");
    driver.findElement(By.partialLinkText("What I can do now")).click();
    assertTrue(driver.getCurrentUrl().endsWith("/capabilities/index.html"), driver.getCurrentUrl());
    driver.findElement(By.linkText("Played a whole evening of songs with friends")).click();
    assertTrue(
        driver.getCurrentUrl().endsWith("/logs/2026-11-15-guitar/index.html"),
        driver.getCurrentUrl());
    assertTrue(
        driver.findElement(By.cssSelector(".milestone-line")).getText().contains("Played a whole"));
  }

  @Test
  void milestonesStayReadableInDarkMode() {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    open("capabilities/index.html");
    assertTrue(bodyBackgroundLuminance() < 0.1, "dark background");
    double text =
        luminance(
            (String)
                js("return getComputedStyle(document.querySelector('.milestone-text')).color"));
    assertTrue(text > 0.35, "milestone text luminance in dark mode " + text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.html",
        "goals/guitar/index.html",
        "logs/2026-11-23-guitar/index.html",
        "reviews/2026-W47/index.html",
        "reviews/2026-11/index.html",
        "reviews/2026/index.html",
        "capabilities/index.html",
        "tags/index.html"
      })
  void phoneWidthNeedsNoHorizontalScrolling(String path) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    open(path);
    // On a phone a too-wide page widens the layout viewport, so compare with the device width too.
    long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    long clientWidth = ((Number) js("return document.documentElement.clientWidth")).longValue();
    assertTrue(
        scrollWidth <= Math.min(clientWidth, 390),
        path
            + " scrolls sideways: "
            + scrollWidth
            + " px wide on a 390 px screen; widest: "
            + js(
                """
                let w = null;
                for (const e of document.querySelectorAll('body *')) {
                  if (e.parentElement.closest('.chart-frame, .table-scroll, pre')) continue;
                  const r = e.getBoundingClientRect();
                  if (r.right > 390 && (!w || r.right > w[1])) w = [e.tagName + '.' + e.className, r.right];
                }
                return w && w.join(' right=');"""));
    assertEquals(390L, ((Number) js("return window.innerWidth")).longValue(), "viewport width");
  }

  @Test
  void darkModeTurnsThePageDark() {
    open("goals/guitar/index.html");
    double light = bodyBackgroundLuminance();
    assertTrue(light > 0.8, "light mode background luminance " + light);

    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    open("goals/guitar/index.html");
    assertEquals(Boolean.TRUE, js("return matchMedia('(prefers-color-scheme: dark)').matches"));
    double dark = bodyBackgroundLuminance();
    assertTrue(dark < 0.1, "dark mode background luminance " + dark);
    double text =
        luminance((String) js("return getComputedStyle(document.querySelector('h1')).color"));
    assertTrue(text > 0.6, "dark mode heading luminance " + text);
  }

  @Test
  void chartDataTablesOpenWithoutScript() {
    open("goals/guitar/index.html");
    WebElement details = driver.findElement(By.cssSelector(".chart details.chart-data"));
    WebElement summary = details.findElement(By.tagName("summary"));
    js("arguments[0].scrollIntoView({block: 'center'})", summary);
    summary.click();
    WebElement table = details.findElement(By.tagName("table"));
    assertTrue(table.isDisplayed());
    assertTrue(table.findElements(By.cssSelector("tbody tr")).size() >= 4);
  }

  private double bodyBackgroundLuminance() {
    return luminance((String) js("return getComputedStyle(document.body).backgroundColor"));
  }

  /** Relative luminance (WCAG) of a computed colour such as {@code rgb(21, 24, 28)}. */
  static double luminance(String cssColour) {
    String[] parts = cssColour.replaceAll("[^0-9.,]", "").split(",");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i]) / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
