package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import java.util.List;
import java.util.Optional;

/** The points of a goal's index sparkline: its headline metric's weekly values. */
final class SparklineDataPreparer {

  private final SparklineDescriber describer;

  SparklineDataPreparer(ChartWords words) {
    this.describer = new SparklineDescriber(words);
  }

  /**
   * The weekly values of the goal's headline metric: the first mastery metric, else the first
   * metric.
   */
  SparklineData prepare(GoalAnalysis goal) {
    Optional<MetricAnalysis> headline = ChartSeries.headlineMetric(goal);
    if (headline.isEmpty()) {
      return new SparklineData(goal.goal().slug(), "", List.of(), describer.describeNothing());
    }
    MetricAnalysis metric = headline.get();
    List<ChartPoint> points = ChartSeries.presentValues(metric.weekly());
    return new SparklineData(
        goal.goal().slug(), metric.metric().id(), points, describer.describe(metric, points));
  }
}
