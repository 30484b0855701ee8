package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Notices when the challenge has stopped rising: over the last {@code stretch_weeks} active weeks
 * (W, with an active week before them) no higher level was logged than before W, and no mastery
 * metric got 5 % or more better from the first week of W to the last (each that has a value).
 */
public final class PlateauDetector {

  private final WeekCalendar calendar;
  private final int stretchWeeks;

  public PlateauDetector(WeekCalendar calendar, int stretchWeeks) {
    if (stretchWeeks < 1) throw new IllegalArgumentException("stretch_weeks must be at least 1");
    this.calendar = calendar;
    this.stretchWeeks = stretchWeeks;
  }

  /** Plateau over all of {@code logs}. */
  public Plateau detect(Goal goal, List<Log> logs) {
    if (goal.challengeLevels().isEmpty()
        || logs.stream().noneMatch(l -> l.challenge().isPresent())) {
      return Plateau.none();
    }
    List<LocalDate> activeWeeks =
        new TreeSet<>(logs.stream().map(l -> calendar.startOf(l.date())).toList())
            .stream().toList();
    if (activeWeeks.size() <= stretchWeeks) return Plateau.none();
    List<LocalDate> window =
        activeWeeks.subList(activeWeeks.size() - stretchWeeks, activeWeeks.size());
    Set<LocalDate> inWindow = Set.copyOf(window);
    LocalDate windowStart = window.get(0);

    OptionalInt highestInWindow =
        highestLevel(
            logs.stream().filter(l -> inWindow.contains(calendar.startOf(l.date()))).toList());
    OptionalInt highestBefore =
        highestLevel(logs.stream().filter(l -> l.date().isBefore(windowStart)).toList());
    boolean levelRose =
        highestInWindow.isPresent()
            && (highestBefore.isEmpty() || highestInWindow.getAsInt() > highestBefore.getAsInt());
    if (levelRose || masteryImproved(goal, logs, window)) return Plateau.none();
    return new Plateau(true, Optional.of(suggestion(goal, highestLevel(logs).getAsInt())));
  }

  /** Plateau as it stood at the end of the week holding {@code day}: later logs are ignored. */
  public Plateau detectAsOf(Goal goal, List<Log> logs, LocalDate day) {
    LocalDate end = calendar.endOf(day);
    return detect(goal, logs.stream().filter(l -> !l.date().isAfter(end)).toList());
  }

  private static OptionalInt highestLevel(List<Log> logs) {
    return logs.stream()
        .map(Log::challenge)
        .filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt)
        .max();
  }

  private boolean masteryImproved(Goal goal, List<Log> logs, List<LocalDate> window) {
    DailyValueCalculator dailies = new DailyValueCalculator();
    WeeklyValueCalculator weeklies = new WeeklyValueCalculator(calendar);
    for (Metric metric : goal.metricsMasteryFirst()) {
      if (!metric.isMastery()) continue;
      Map<LocalDate, OptionalDouble> weekly =
          weeklies.weekly(metric, dailies.daily(metric, logs)).stream()
              .collect(Collectors.toMap(WeeklyValue::start, WeeklyValue::value));
      List<Double> values =
          window.stream()
              .map(w -> weekly.getOrDefault(w, OptionalDouble.empty()))
              .filter(OptionalDouble::isPresent)
              .map(OptionalDouble::getAsDouble)
              .toList();
      if (values.size() >= 2
          && improvedByFivePercent(metric, values.get(0), values.get(values.size() - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean improvedByFivePercent(Metric metric, double first, double last) {
    double gain = metric.better() == Better.HIGHER ? last - first : first - last;
    // gain / |first| >= 5 %, without dividing (first may be 0; then any gain counts).
    return gain > 0 && gain * 100 >= 5 * Math.abs(first);
  }

  static String suggestion(Goal goal, int highestLevel) {
    return goal.levelName(highestLevel + 1)
        .map(next -> "Try the next level: " + next + ".")
        .orElseGet(
            () ->
                "Raise the bar beyond the last level, "
                    + goal.challengeLevels().get(goal.challengeLevels().size() - 1)
                    + ".");
  }
}
