package dev.cairn.analysis;

import dev.cairn.model.Metric;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything computed for one metric of one goal. {@code trend} is empty for activity metrics. */
public record MetricAnalysis(
    Metric metric,
    List<DailyValue> daily,
    List<WeeklyValue> weekly,
    BeforeAfter beforeAfter,
    Optional<Trend> trend) {

  public MetricAnalysis {
    Objects.requireNonNull(metric);
    daily = List.copyOf(daily);
    weekly = List.copyOf(weekly);
    Objects.requireNonNull(beforeAfter);
    Objects.requireNonNull(trend);
  }
}
