package dev.cairn.chart;

import dev.cairn.analysis.Verdict;
import dev.cairn.model.Better;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Exactly what a goal's before/after chart draws: one panel per metric with a comparison, mastery
 * first.
 */
record BeforeAfterChartData(String slug, List<Row> rows, ChartText text) implements ChartData {

  BeforeAfterChartData {
    Objects.requireNonNull(slug);
    rows = List.copyOf(rows);
    Objects.requireNonNull(text);
  }

  /**
   * One metric's baseline and current window means, with the verdict on the change and its words.
   */
  record Row(
      String metricId,
      String label,
      String unit,
      Better better,
      double baseline,
      double current,
      double change,
      OptionalDouble changePct,
      Verdict verdict,
      String baselineWeeks,
      String currentWeeks,
      String verdictText) {}
}
