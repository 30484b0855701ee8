package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.model.Metric;
import dev.cairn.text.Figures;
import java.util.List;
import java.util.Optional;

/** The headline, its note and the alt text of a goal's share image. */
final class ShareDescriber {

  /** The large figure of the image and the line below it. */
  record Headline(String value, String note) {}

  private final ChartWords words;
  private final Figures figures;

  ShareDescriber(ChartWords words) {
    this.words = words;
    this.figures = words.figures();
  }

  /**
   * The headline metric's before → after, else its latest weekly value, else the number of logs;
   * {@code metric} is present only when it has weekly values.
   */
  Headline headline(
      GoalAnalysis goal,
      Optional<MetricAnalysis> metric,
      List<ChartPoint> trend,
      Optional<BeforeAfterChartData.Row> row) {
    Headline h;
    if (metric.isEmpty()) {
      h =
          new Headline(
              words.count("count.logs", goal.logs().size()),
              words.get("chart.share.noMeasurements"));
    } else if (row.isPresent()) {
      Metric m = metric.get().metric();
      BeforeAfterChartData.Row r = row.get();
      h =
          new Headline(
              words.get(
                  "chart.share.headline",
                  figures.number(r.baseline()),
                  figures.withUnit(r.current(), r.unit())),
              words.get(
                  "chart.share.note",
                  m.label(),
                  r.baselineWeeks(),
                  r.currentWeeks(),
                  r.verdictText()));
    } else {
      Metric m = metric.get().metric();
      int needed = metric.get().beforeAfter().weeksNeeded();
      ChartPoint latest = trend.get(trend.size() - 1);
      h =
          new Headline(
              figures.withUnit(latest.value(), m.unit().orElse("")),
              needed > 0
                  ? words.get(
                      "chart.share.latest.pending",
                      m.label(),
                      words.count("chart.count.moreWeek", needed))
                  : words.get("chart.share.latest", m.label()));
    }
    if (goal.goal().hasMasteryMetric()) return h;
    return new Headline(h.value(), words.get("chart.share.participation", h.note()));
  }

  ChartText describe(GoalAnalysis goal, Headline headline) {
    return new ChartText(
        words.get("chart.share.alt", goal.goal().title(), headline.value(), headline.note()),
        "",
        List.of(),
        List.of());
  }
}
