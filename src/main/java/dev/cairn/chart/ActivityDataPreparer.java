package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.WeekCalendar;
import dev.cairn.model.Log;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The weeks of a goal's activity chart: logs and minimum-step days per calendar week. */
final class ActivityDataPreparer {

  /** Weeks shown at most by the weekly activity chart. */
  static final int ACTIVITY_WEEKS = 26;

  private final ActivityDescriber describer;

  ActivityDataPreparer(ChartWords words) {
    this.describer = new ActivityDescriber(words);
  }

  /**
   * Logs and minimum-step days per week, from the first log's week (at most 26 weeks back) to
   * today's.
   */
  ActivityChartData prepare(GoalAnalysis goal, LocalDate today, WeekCalendar calendar) {
    LocalDate lastWeek = calendar.startOf(today);
    Optional<LocalDate> lastLog =
        goal.logs().stream().map(Log::date).max(Comparator.naturalOrder());
    if (lastLog.isPresent()) lastWeek = ChartSeries.max(lastWeek, calendar.startOf(lastLog.get()));
    LocalDate firstWeek =
        goal.logs().stream()
            .map(Log::date)
            .min(Comparator.naturalOrder())
            .map(calendar::startOf)
            .orElse(lastWeek);
    firstWeek = ChartSeries.max(firstWeek, lastWeek.minusWeeks(ACTIVITY_WEEKS - 1));

    Map<LocalDate, List<Log>> byWeek =
        goal.logs().stream()
            .collect(
                Collectors.groupingBy(
                    l -> calendar.startOf(l.date()), TreeMap::new, Collectors.toList()));
    List<ActivityChartData.Week> weeks = new ArrayList<>();
    for (LocalDate start : calendar.weekStarts(firstWeek, lastWeek)) {
      List<Log> logs = byWeek.getOrDefault(start, List.of());
      int minStepDays = (int) logs.stream().filter(Log::minStep).map(Log::date).distinct().count();
      weeks.add(
          new ActivityChartData.Week(calendar.weekOf(start), start, logs.size(), minStepDays));
    }
    return new ActivityChartData(goal.goal().slug(), weeks, describer.describe(weeks));
  }
}
