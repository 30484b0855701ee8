package dev.cairn.analysis;

import dev.cairn.model.Log;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
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

  /** One goal's part of every week it has logs in, by the week's first day. */
  public NavigableMap<LocalDate, GoalWeek> weeksOf(GoalAnalysis goal) {
    TreeMap<LocalDate, List<Log>> logsByWeek = new TreeMap<>();
    for (Log log : goal.logs()) {
      logsByWeek.computeIfAbsent(calendar.startOf(log.date()), w -> new ArrayList<>()).add(log);
    }
    NavigableMap<LocalDate, Plateau> plateauByWeek = plateaus.timeline(goal.goal(), goal.logs());
    List<Map<LocalDate, OptionalDouble>> weeklyByMetric =
        goal.metrics().stream().map(WeeklyReviewBuilder::byStart).toList();
    TreeMap<LocalDate, GoalWeek> weeks = new TreeMap<>();
    logsByWeek.forEach(
        (start, logs) ->
            weeks.put(
                start,
                goalWeek(
                    goal,
                    start,
                    logs,
                    weeklyByMetric,
                    plateauByWeek.getOrDefault(start, Plateau.none()))));
    return Collections.unmodifiableNavigableMap(weeks);
  }

  /** The reviews of goals' weeks ({@link #weeksOf}), given in goal order, oldest week first. */
  public List<WeeklyReview> merge(List<NavigableMap<LocalDate, GoalWeek>> goalWeeks) {
    TreeMap<LocalDate, List<GoalWeek>> weeks = new TreeMap<>();
    for (NavigableMap<LocalDate, GoalWeek> goal : goalWeeks) {
      goal.forEach((start, week) -> weeks.computeIfAbsent(start, w -> new ArrayList<>()).add(week));
    }
    List<WeeklyReview> reviews = new ArrayList<>();
    weeks.forEach(
        (start, goalsOfWeek) ->
            reviews.add(
                new WeeklyReview(calendar.weekOf(start), start, start.plusDays(6), goalsOfWeek)));
    return reviews;
  }

  private static Map<LocalDate, OptionalDouble> byStart(MetricAnalysis metric) {
    return metric.weekly().stream()
        .collect(Collectors.toMap(WeeklyValue::start, WeeklyValue::value));
  }

  private GoalWeek goalWeek(
      GoalAnalysis goal,
      LocalDate start,
      List<Log> logs,
      List<Map<LocalDate, OptionalDouble>> weeklyByMetric,
      Plateau plateau) {
    List<Log> wins = logs.stream().filter(EvidenceCalculator::hasWin).toList();
    List<MetricComparison> comparisons = new ArrayList<>();
    for (int i = 0; i < goal.metrics().size(); i++) {
      comparisons.add(compare(goal.metrics().get(i), weeklyByMetric.get(i), start));
    }
    comparisons.sort(Comparator.comparing(c -> !c.metric().isMastery()));
    int minStepDays = (int) logs.stream().filter(Log::minStep).map(Log::date).distinct().count();
    return new GoalWeek(
        goal.goal(),
        logs,
        wins,
        comparisons,
        minStepDays,
        plateau.plateau() ? plateau.suggestion() : Optional.empty());
  }

  private static MetricComparison compare(
      MetricAnalysis metric, Map<LocalDate, OptionalDouble> byStart, LocalDate start) {
    return MetricComparison.of(
        metric.metric(),
        byStart.getOrDefault(start, OptionalDouble.empty()),
        byStart.getOrDefault(start.minusWeeks(1), OptionalDouble.empty()));
  }
}
