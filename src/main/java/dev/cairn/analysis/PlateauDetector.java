package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Notices when the challenge has stopped rising: over the last {@code stretch_weeks} active weeks
 * (W, with an active week before them) no higher level was logged than before W, and no mastery
 * metric got 5 % or more better from the first week of W to the last (each that has a value).
 */
public final class PlateauDetector {

  /** The gain, in percent, that a mastery metric needs across the weeks to end a plateau. */
  public static final int MIN_GAIN_PERCENT = 5;

  private final WeekCalendar calendar;
  private final int stretchWeeks;

  public PlateauDetector(WeekCalendar calendar, int stretchWeeks) {
    if (stretchWeeks < 1) throw new IllegalArgumentException("stretch_weeks must be at least 1");
    this.calendar = calendar;
    this.stretchWeeks = stretchWeeks;
  }

  /** Plateau over all of {@code logs}. */
  public Plateau detect(Goal goal, List<Log> logs) {
    NavigableMap<LocalDate, Plateau> timeline = timeline(goal, logs);
    return timeline.isEmpty() ? Plateau.none() : timeline.lastEntry().getValue();
  }

  /** Plateau as it stood at the end of the week holding {@code day}: later logs are ignored. */
  public Plateau detectAsOf(Goal goal, List<Log> logs, LocalDate day) {
    var entry = timeline(goal, logs).floorEntry(calendar.startOf(day));
    return entry == null ? Plateau.none() : entry.getValue();
  }

  /**
   * The plateau as it stood at the end of each active week (keyed by week start). A week's level
   * and weekly values depend only on that week's logs, so one pass over the weeks gives every "as
   * of" answer without re-reading the logs.
   */
  public NavigableMap<LocalDate, Plateau> timeline(Goal goal, List<Log> logs) {
    NavigableMap<LocalDate, Plateau> timeline = new TreeMap<>();
    if (goal.challengeLevels().isEmpty()) return timeline;
    TreeMap<LocalDate, OptionalInt> levelByWeek = new TreeMap<>();
    for (Log log : logs) {
      levelByWeek.merge(calendar.startOf(log.date()), log.challenge(), PlateauDetector::higher);
    }
    List<LocalDate> weeks = new ArrayList<>(levelByWeek.keySet());
    List<Map<LocalDate, OptionalDouble>> masteryWeekly = masteryWeeklyValues(goal, logs);
    OptionalInt highestSoFar = OptionalInt.empty();
    OptionalInt highestBeforeWindow = OptionalInt.empty();
    for (int k = 0; k < weeks.size(); k++) {
      highestSoFar = higher(highestSoFar, levelByWeek.get(weeks.get(k)));
      int windowStart = k - stretchWeeks + 1;
      if (windowStart >= 1) {
        highestBeforeWindow =
            higher(highestBeforeWindow, levelByWeek.get(weeks.get(windowStart - 1)));
      }
      if (highestSoFar.isEmpty() || windowStart < 1) {
        timeline.put(weeks.get(k), Plateau.none());
        continue;
      }
      List<LocalDate> window = weeks.subList(windowStart, k + 1);
      OptionalInt highestInWindow = OptionalInt.empty();
      for (LocalDate w : window) highestInWindow = higher(highestInWindow, levelByWeek.get(w));
      boolean levelRose =
          highestInWindow.isPresent()
              && (highestBeforeWindow.isEmpty()
                  || highestInWindow.getAsInt() > highestBeforeWindow.getAsInt());
      boolean plateau = !levelRose && !masteryImproved(goal, masteryWeekly, window);
      timeline.put(
          weeks.get(k),
          plateau
              ? new Plateau(true, Optional.of(suggestion(goal, highestSoFar.getAsInt())))
              : Plateau.none());
    }
    return timeline;
  }

  private static OptionalInt higher(OptionalInt a, OptionalInt b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return OptionalInt.of(Math.max(a.getAsInt(), b.getAsInt()));
  }

  /**
   * Weekly values by week start, one map per mastery metric in {@code metricsMasteryFirst} order.
   */
  private List<Map<LocalDate, OptionalDouble>> masteryWeeklyValues(Goal goal, List<Log> logs) {
    DailyValueCalculator dailies = new DailyValueCalculator();
    WeeklyValueCalculator weeklies = new WeeklyValueCalculator(calendar);
    List<Map<LocalDate, OptionalDouble>> result = new ArrayList<>();
    for (Metric metric : goal.metricsMasteryFirst()) {
      if (!metric.isMastery()) continue;
      result.add(
          weeklies.weekly(metric, dailies.daily(metric, logs)).stream()
              .collect(Collectors.toMap(WeeklyValue::start, WeeklyValue::value)));
    }
    return result;
  }

  private static boolean masteryImproved(
      Goal goal, List<Map<LocalDate, OptionalDouble>> masteryWeekly, List<LocalDate> window) {
    List<Metric> mastery = goal.metricsMasteryFirst().stream().filter(Metric::isMastery).toList();
    for (int i = 0; i < mastery.size(); i++) {
      Map<LocalDate, OptionalDouble> weekly = masteryWeekly.get(i);
      List<Double> values =
          window.stream()
              .map(w -> weekly.getOrDefault(w, OptionalDouble.empty()))
              .filter(OptionalDouble::isPresent)
              .map(OptionalDouble::getAsDouble)
              .toList();
      if (values.size() >= 2
          && improvedByFivePercent(mastery.get(i), values.get(0), values.get(values.size() - 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean improvedByFivePercent(Metric metric, double first, double last) {
    double gain = metric.better() == Better.HIGHER ? last - first : first - last;
    // gain / |first| >= 5 %, without dividing (first may be 0; then any gain counts).
    return gain > 0 && gain * 100 >= MIN_GAIN_PERCENT * Math.abs(first);
  }

  static StretchSuggestion suggestion(Goal goal, int highestLevel) {
    return new StretchSuggestion(
        goal.levelName(highestLevel + 1),
        goal.challengeLevels().get(goal.challengeLevels().size() - 1));
  }
}
