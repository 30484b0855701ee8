package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One review per week with at least one log, oldest first: per goal with logs that week, its logs,
 * wins, each metric against the previous calendar week, minimum-step days, and the stretch
 * suggestion if the goal was on a plateau as of that week.
 *
 * <p>Metric values are the goal's weekly values; a week outside the metric's first-to-last
 * observation weeks has no value, for {@code sum} metrics too.
 */
public final class WeeklyReviewBuilder {

  private final WeekCalendar calendar;
  private final PlateauDetector plateaus;

  public WeeklyReviewBuilder(WeekCalendar calendar, PlateauDetector plateaus) {
    this.calendar = calendar;
    this.plateaus = plateaus;
  }

  /** {@code goals} sorted by slug, each with its logs in portfolio order. */
  public List<WeeklyReview> build(List<GoalAnalysis> goals) {
    TreeSet<LocalDate> weekStarts = new TreeSet<>();
    goals.forEach(g -> g.logs().forEach(l -> weekStarts.add(calendar.startOf(l.date()))));
    List<WeeklyReview> reviews = new ArrayList<>();
    for (LocalDate start : weekStarts) {
      List<GoalWeek> goalWeeks = new ArrayList<>();
      for (GoalAnalysis goal : goals) {
        List<Log> logs =
            goal.logs().stream().filter(l -> calendar.startOf(l.date()).equals(start)).toList();
        if (!logs.isEmpty()) goalWeeks.add(goalWeek(goal, start, logs));
      }
      reviews.add(new WeeklyReview(calendar.weekOf(start), start, start.plusDays(6), goalWeeks));
    }
    return reviews;
  }

  private GoalWeek goalWeek(GoalAnalysis goal, LocalDate start, List<Log> logs) {
    List<Log> wins = logs.stream().filter(EvidenceCalculator::hasWin).toList();
    List<MetricComparison> comparisons =
        goal.metrics().stream()
            .sorted(Comparator.comparing(m -> !m.metric().isMastery()))
            .map(m -> compare(m, start))
            .toList();
    int minStepDays = (int) logs.stream().filter(Log::minStep).map(Log::date).distinct().count();
    Plateau plateau = plateaus.detectAsOf(goal.goal(), goal.logs(), start);
    return new GoalWeek(
        goal.goal(),
        logs,
        wins,
        comparisons,
        minStepDays,
        plateau.plateau() ? plateau.suggestion() : Optional.empty());
  }

  private static MetricComparison compare(MetricAnalysis metric, LocalDate start) {
    Map<LocalDate, OptionalDouble> byStart =
        metric.weekly().stream().collect(Collectors.toMap(WeeklyValue::start, WeeklyValue::value));
    OptionalDouble value = byStart.getOrDefault(start, OptionalDouble.empty());
    OptionalDouble previous = byStart.getOrDefault(start.minusWeeks(1), OptionalDouble.empty());
    return new MetricComparison(
        metric.metric(), value, previous, improved(metric.metric(), value, previous));
  }

  private static Optional<Boolean> improved(
      Metric metric, OptionalDouble value, OptionalDouble previous) {
    if (value.isEmpty() || previous.isEmpty() || value.getAsDouble() == previous.getAsDouble()) {
      return Optional.empty();
    }
    boolean higher = value.getAsDouble() > previous.getAsDouble();
    return Optional.of(metric.better() == Better.HIGHER ? higher : !higher);
  }
}
