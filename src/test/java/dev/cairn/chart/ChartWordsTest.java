package dev.cairn.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.analysis.TrendEstimator;
import dev.cairn.analysis.Verdict;
import dev.cairn.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Chart words come from the message bundle, and every key the chart code names is there. */
class ChartWordsTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/cairn/chart");
  private static final Pattern KEY = Pattern.compile("\"(chart\\.[A-Za-z.]+)\"");

  private final Set<String> bundle = Messages.forLocale(Locale.UK).keys();

  private static Set<String> keysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) keys.add(m.group(1));
      }
    }
    return keys;
  }

  @Test
  void everyChartKeyNamedInTheCodeIsInTheBundle() throws IOException {
    Set<String> used = keysInSources();
    assertTrue(used.size() > 50, "keys found: " + used.size());
    List<String> missing = new ArrayList<>();
    for (String key : used) {
      // Counts read the plural forms "<key>.one" and "<key>.other".
      if (key.startsWith("chart.count.")) {
        if (!bundle.contains(key + ".one")) missing.add(key + ".one");
        if (!bundle.contains(key + ".other")) missing.add(key + ".other");
      } else if (!bundle.contains(key)) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyChartKeyInTheBundleIsUsed() throws IOException {
    Set<String> used = keysInSources();
    List<String> unused = new ArrayList<>();
    for (String key : bundle) {
      if (!key.startsWith("chart.")) continue;
      String named = key.startsWith("chart.count.") ? key.replaceFirst("\\.(one|other)$", "") : key;
      if (!used.contains(named)) unused.add(key);
    }
    assertEquals(List.of(), unused);
  }

  @Test
  void everyVerdictHasItsWord() {
    for (Verdict v : Verdict.values()) assertTrue(bundle.contains(v.messageKey()), v.name());
  }

  @Test
  void theTrendWindowInLegendAndCaptionComesFromTheEstimator() {
    ChartWords words = new ChartWords(Locale.UK);
    String legend =
        words.get("chart.trend.legend.trend", String.valueOf(TrendEstimator.WINDOW_DAYS));
    assertEquals(TrendEstimator.WINDOW_DAYS + "-day trend", legend);
    assertFalse(
        Messages.forLocale(Locale.UK).get("chart.trend.legend.trend", "x").contains("56"),
        "the bundle must not write the window itself");
  }

  @Test
  void aLabelIsLowerCasedOnlyInsideASentenceOfALanguageThatDoesSo() {
    String key = "chart.sparkline.caption";
    assertEquals("practice minutes", new ChartWords(Locale.UK).labelIn(key, "Practice minutes"));
    assertEquals(
        "Practice minutes", new ChartWords(Locale.FRANCE).labelIn(key, "Practice minutes"));
    assertEquals("Übungsminuten", new ChartWords(Locale.GERMANY).labelIn(key, "Übungsminuten"));
  }

  @Test
  void countsAndWeeksReadAsBefore() {
    ChartWords words = new ChartWords(Locale.UK);
    assertEquals("1 log", words.count("count.logs", 1));
    assertEquals("3 logs", words.count("count.logs", 3));
    assertEquals(
        "weeks 36 and 41",
        words.weekPair(
            new dev.cairn.analysis.WeekId(2026, 36), new dev.cairn.analysis.WeekId(2026, 41)));
    assertEquals(
        "weeks 2025-W52\u20132026-W01",
        words.weekSpan(
            new dev.cairn.analysis.WeekId(2025, 52), new dev.cairn.analysis.WeekId(2026, 1)));
    assertEquals("o'clock", words.labelWithUnit("o'clock", ""));
    assertEquals("Time (o'clock)", words.labelWithUnit("Time", "o'clock"));
  }
}
