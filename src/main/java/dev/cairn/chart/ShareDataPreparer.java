package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import java.util.List;
import java.util.Optional;

/** What a goal's share image shows: its headline metric's before and after, and a small trend. */
final class ShareDataPreparer {

  private final BeforeAfterDataPreparer beforeAfter;
  private final ShareDescriber describer;

  ShareDataPreparer(ChartWords words, BeforeAfterDataPreparer beforeAfter) {
    this.beforeAfter = beforeAfter;
    this.describer = new ShareDescriber(words);
  }

  /** Title, capability, headline before→after and a small trend for a goal's share image. */
  ShareImageData prepare(GoalAnalysis goal, String siteTitle, int windowWeeks) {
    Optional<MetricAnalysis> headline =
        ChartSeries.headlineMetric(goal)
            .filter(m -> !ChartSeries.presentValues(m.weekly()).isEmpty());
    List<ChartPoint> trend =
        headline.map(m -> ChartSeries.presentValues(m.weekly())).orElse(List.of());
    Optional<BeforeAfterChartData.Row> row =
        headline.flatMap(
            m ->
                beforeAfter.prepare(goal, windowWeeks).stream()
                    .flatMap(d -> d.rows().stream())
                    .filter(r -> r.metricId().equals(m.metric().id()))
                    .findFirst());
    ShareDescriber.Headline words = describer.headline(goal, headline, trend, row);
    return new ShareImageData(
        goal.goal().slug(),
        siteTitle,
        goal.goal().title(),
        goal.goal().capability(),
        words.value(),
        words.note(),
        trend,
        describer.describe(goal, words));
  }
}
