package dev.cairn.chart;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Verdict;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.model.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The panels of a goal's before/after chart: each compared metric's window means, mastery first.
 */
final class BeforeAfterDataPreparer {

  private final ChartWords words;
  private final BeforeAfterDescriber describer;

  BeforeAfterDataPreparer(ChartWords words) {
    this.words = words;
    this.describer = new BeforeAfterDescriber(words);
  }

  /** The before/after chart of a goal, or empty when no metric has a comparison yet. */
  Optional<BeforeAfterChartData> prepare(GoalAnalysis goal, int windowWeeks) {
    List<BeforeAfterChartData.Row> rows = new ArrayList<>();
    for (MetricAnalysis metric : ChartSeries.masteryFirst(goal.metrics())) {
      BeforeAfter ba = metric.beforeAfter();
      if (!ba.isOk() || ba.baseline().isEmpty() || ba.current().isEmpty()) continue;
      Metric m = metric.metric();
      List<WeeklyValue> weeks = metric.weekly();
      double baseline = ba.baseline().getAsDouble();
      double current = ba.current().getAsDouble();
      double change = ba.change().orElse(current - baseline);
      Verdict verdict = Verdict.of(m, change);
      int n = weeks.size();
      int w = Math.min(windowWeeks, n);
      rows.add(
          new BeforeAfterChartData.Row(
              m.id(),
              m.label(),
              m.unit().orElse(""),
              m.better(),
              baseline,
              current,
              change,
              ba.changePct(),
              verdict,
              words.weekSpan(weeks.get(0).week(), weeks.get(w - 1).week()),
              words.weekSpan(weeks.get(n - w).week(), weeks.get(n - 1).week()),
              describer.verdict(m, verdict, change, ba.changePct())));
    }
    if (rows.isEmpty()) return Optional.empty();
    return Optional.of(
        new BeforeAfterChartData(goal.goal().slug(), rows, describer.describe(rows, windowWeeks)));
  }
}
