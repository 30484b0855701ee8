package dev.cairn.analysis;

import dev.cairn.model.Metric;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything computed for one metric of one goal. {@code trend} and {@code outlook} are empty for
 * activity metrics.
 */
public record MetricAnalysis(
    Metric metric,
    List<DailyValue> daily,
    List<WeeklyValue> weekly,
    BeforeAfter beforeAfter,
    Optional<Trend> trend,
    Optional<Outlook> outlook) {

  public MetricAnalysis {
    Objects.requireNonNull(metric);
    daily = List.copyOf(daily);
    weekly = List.copyOf(weekly);
    Objects.requireNonNull(beforeAfter);
    Objects.requireNonNull(trend);
    Objects.requireNonNull(outlook);
  }

  /** A metric without an outlook. */
  public MetricAnalysis(
      Metric metric,
      List<DailyValue> daily,
      List<WeeklyValue> weekly,
      BeforeAfter beforeAfter,
      Optional<Trend> trend) {
    this(metric, daily, weekly, beforeAfter, trend, Optional.empty());
  }
}
