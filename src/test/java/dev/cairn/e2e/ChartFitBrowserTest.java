package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every chart of every goal page lies fully inside its box, from a small phone to a desktop, in
 * light and dark: no chart is cut at the right edge or needs sideways scrolling, phones are given
 * every chart's narrow drawing, and the calendar's smallest text reads at 9 CSS px or more there.
 */
class ChartFitBrowserTest extends SampleInChromium {

  private static final List<String> GOALS =
      List.of(
          "goals/guitar/index.html",
          "goals/cooking/index.html",
          "goals/reading/index.html",
          "goals/running/index.html");

  /** Phones below 40rem (640 px) get the narrow drawing. */
  private static final int NARROW_BELOW = 640;

  /** The smallest text a phone may show, in CSS px. */
  private static final double SMALLEST_TEXT = 9;

  @ParameterizedTest
  @ValueSource(ints = {320, 390, 768, 1280})
  void everyChartFitsItsBox(int width) {
    List<String> problems = new ArrayList<>();
    Map<String, Drawing> calendars = new LinkedHashMap<>();
    int charts = 0;
    for (String scheme : List.of("light", "dark")) {
      driver.executeCdpCommand(
          "Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
      for (String page : GOALS) {
        driver.get(site.resolve(page).toUri().toString());
        @SuppressWarnings("unchecked")
        List<List<Object>> found =
            (List<List<Object>>)
                afterImagesSettle(
                    ".chart img",
                    """
                    imgs.map(img => {
                      const box = img.closest('.chart').getBoundingClientRect();
                      const r = img.getBoundingClientRect();
                      return [img.getAttribute('src'), img.currentSrc, r.left - box.left,
                              box.right - r.right, r.width, img.naturalWidth,
                              img.closest('.chart').classList.contains('chart-calendar')];
                    })""");
        for (List<Object> chart : found) {
          charts++;
          String name = page + " " + scheme + " " + chart.get(0);
          double left = ((Number) chart.get(2)).doubleValue();
          double right = ((Number) chart.get(3)).doubleValue();
          if (left < 0 || right < 0) {
            problems.add(name + ": outside its box by " + Math.min(left, right) + " px");
          }
          if (((Number) chart.get(5)).intValue() == 0) problems.add(name + ": did not load");
          boolean narrow = String.valueOf(chart.get(1)).endsWith("-narrow.svg");
          if (narrow != width < NARROW_BELOW) {
            problems.add(name + ": shows " + chart.get(1) + " at " + width + " px");
          }
          if (Boolean.TRUE.equals(chart.get(6)) && width < NARROW_BELOW) {
            double scale =
                ((Number) chart.get(4)).doubleValue() / ((Number) chart.get(5)).doubleValue();
            calendars.put(name, new Drawing(String.valueOf(chart.get(1)), scale));
          }
        }
        long scroll =
            ((Number)
                    ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth"))
                .longValue();
        if (scroll > width) problems.add(page + " " + scheme + ": page is " + scroll + " px wide");
      }
    }
    for (Map.Entry<String, Drawing> calendar : calendars.entrySet()) {
      double shown = smallestText(calendar.getValue().url()) * calendar.getValue().scale();
      if (shown < SMALLEST_TEXT) {
        problems.add(calendar.getKey() + ": text as small as " + shown + " px at " + width + " px");
      }
    }
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    assertTrue(charts >= 2 * 4 * 4, "the charts of every goal page were measured: " + charts);
    if (width < NARROW_BELOW) assertEquals(2 * GOALS.size(), calendars.size(), "calendars");
    assertEquals(List.of(), problems);
  }

  /** The drawing a page shows, and the ratio of its shown width to its own. */
  private record Drawing(String url, double scale) {}

  /**
   * The smallest font size in px of the texts of the SVG at {@code url}, opened on its own at its
   * own size: each text's font size as the browser computes it, times the scale of any transform.
   */
  private double smallestText(String url) {
    driver.get(url);
    return ((Number)
            ((JavascriptExecutor) driver)
                .executeScript(
                    """
            const sizes = Array.from(document.querySelectorAll('text'))
              .filter(t => t.textContent.trim() !== '')
              .map(t => {
                const m = t.getScreenCTM();
                return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
              });
            return Math.min(...sizes);"""))
        .doubleValue();
  }
}
