package dev.cairn.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample portfolio's charts and a light and a dark page showing them to {@code
 * <tmp>/charts-preview/} so a person can look at them. A tool, not a test: it lives outside
 * src/test and its name is not one surefire runs by itself. Run it with {@code ./mvnw -B test
 * -Dtest=ChartPreview}.
 */
class ChartPreview {

  @Test
  void writesSampleChartsForLooking() throws IOException {
    dev.cairn.analysis.GoalAnalysis kitchen = ChartFixtures.kitchenAnalysis();
    java.util.List<dev.cairn.model.Log> logs = new java.util.ArrayList<>();
    for (int day = 0; day < 280; day += 1 + day % 4) {
      String date = ChartFixtures.TODAY.minusDays(day).toString();
      logs.add(ChartFixtures.log("long", date, null, day % 3 == 0, java.util.Map.of()));
      if (day % 5 == 0)
        logs.add(ChartFixtures.log("long", date, "-2", null, false, java.util.Map.of()));
    }
    dev.cairn.model.Goal g = kitchen.goal();
    dev.cairn.model.Goal longGoal =
        new dev.cairn.model.Goal(
            "long",
            g.sourcePath(),
            "A long habit",
            g.why(),
            g.capability(),
            g.started(),
            g.firstStep(),
            g.status(),
            false,
            g.metrics(),
            g.challengeLevels(),
            "",
            g.extra());
    dev.cairn.analysis.PortfolioAnalysis analysis =
        new dev.cairn.analysis.PortfolioAnalysis(
            ChartFixtures.TODAY,
            java.util.List.of(
                ChartFixtures.guitarAnalysis(),
                kitchen,
                new dev.cairn.analysis.GoalAnalysis(
                    longGoal,
                    logs.stream()
                        .sorted(java.util.Comparator.comparing(dev.cairn.model.Log::date))
                        .toList(),
                    kitchen.continuity(),
                    kitchen.evidence(),
                    kitchen.plateau(),
                    kitchen.metrics())),
            java.util.List.of());
    ChartSet set =
        new ChartRenderer()
            .render(
                analysis,
                new ChartSettings(
                    Locale.UK,
                    dev.cairn.model.WeekStart.MONDAY,
                    "Progress portfolio",
                    2,
                    analysis.today()));
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "charts-preview");
    for (ChartFile file : set.files()) {
      Path target = root.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.write(target, file.content());
    }
    for (String scheme : new String[] {"light", "dark"}) {
      StringBuilder html =
          new StringBuilder(
              "<!doctype html><meta charset=utf-8><style>body{font-family:sans-serif;"
                  + "margin:16px;background:"
                  + (scheme.equals("dark") ? "#111;color:#eee" : "#fff")
                  + "}"
                  + " img{max-width:100%;height:auto;display:block;margin:8px 0}</style>");
      set.goalCharts()
          .forEach(
              (slug, images) ->
                  images.forEach(
                      i ->
                          html.append("<img src='")
                              .append(i.path())
                              .append("' alt='")
                              .append(i.alt().replace("'", "&#39;"))
                              .append("' width=")
                              .append(i.width())
                              .append(">")));
      set.sparklines()
          .values()
          .forEach(i -> html.append("<img src='").append(i.path()).append("' width=160>"));
      Files.writeString(root.resolve(scheme + ".html"), html);
    }
    assertFalse(set.files().isEmpty());
  }
}
