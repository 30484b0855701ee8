package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.model.Log;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/** The series rules several charts share: which metrics they show, in which order, and ranges. */
final class ChartSeries {

  private ChartSeries() {}

  /** The goal's headline metric: the first mastery metric, else the first metric. */
  static Optional<MetricAnalysis> headlineMetric(GoalAnalysis goal) {
    return goal.metrics().stream()
        .filter(m -> m.metric().isMastery())
        .findFirst()
        .or(() -> goal.metrics().stream().findFirst());
  }

  /** The metrics with mastery metrics first, otherwise in the goal's order. */
  static List<MetricAnalysis> masteryFirst(List<MetricAnalysis> metrics) {
    return metrics.stream()
        .sorted((a, b) -> Boolean.compare(b.metric().isMastery(), a.metric().isMastery()))
        .toList();
  }

  /** The weeks that have a value, each at its week's first day. */
  static List<ChartPoint> presentValues(List<WeeklyValue> weeks) {
    return weeks.stream()
        .filter(w -> w.value().isPresent())
        .map(w -> new ChartPoint(w.start(), w.value().getAsDouble()))
        .toList();
  }

  /**
   * Days on which a log's challenge level rose above every earlier level of the goal; the first
   * level logged is a start, not a step-up. A level without a name is called {@code levelName}.
   */
  static List<StepUp> stepUps(GoalAnalysis goal, ChartWords words) {
    List<Log> logs =
        goal.logs().stream()
            .filter(l -> l.challenge().isPresent())
            .sorted(Comparator.comparing(Log::date).thenComparing(Log::sourcePath))
            .toList();
    TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
    OptionalInt highest = OptionalInt.empty();
    for (Log log : logs) {
      int level = log.challenge().getAsInt();
      if (highest.isPresent() && level > highest.getAsInt())
        byDay.merge(log.date(), level, Math::max);
      if (highest.isEmpty() || level > highest.getAsInt()) highest = OptionalInt.of(level);
    }
    List<StepUp> result = new ArrayList<>();
    byDay.forEach(
        (day, level) ->
            result.add(
                new StepUp(
                    day,
                    level,
                    goal.goal()
                        .levelName(level)
                        .orElseGet(() -> words.get("chart.trend.level", String.valueOf(level))))));
    return result;
  }

  /**
   * The value axis: all values with a tenth of their span as margin, not below 0 when no value is
   * negative.
   */
  static double[] paddedRange(List<Double> values) {
    double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double span = high - low;
    double pad = span > 0 ? span * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
    double rangeLow = low - pad;
    if (low >= 0 && rangeLow < 0) rangeLow = 0;
    return new double[] {rangeLow, high + pad};
  }

  static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
