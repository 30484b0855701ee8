package dev.cairn.chart;

import dev.cairn.model.Better;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Exactly what a goal's before/after chart draws: one panel per metric with a comparison, mastery
 * first.
 */
record BeforeAfterChartData(String slug, List<Row> rows, ChartText text) {

  BeforeAfterChartData {
    Objects.requireNonNull(slug);
    rows = List.copyOf(rows);
    Objects.requireNonNull(text);
  }

  /** One metric's baseline and current window means, with the words that judge the change. */
  record Row(
      String metricId,
      String label,
      String unit,
      Better better,
      double baseline,
      double current,
      double change,
      OptionalDouble changePct,
      boolean improved,
      String baselineWeeks,
      String currentWeeks,
      String verdict) {}
}
