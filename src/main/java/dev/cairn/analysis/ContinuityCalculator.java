package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Active weeks, weeks since the start, and minimum-step days in the last 28 days. */
public final class ContinuityCalculator {

  static final int MIN_STEP_DAYS = 28;

  private final WeekCalendar calendar;

  public ContinuityCalculator(WeekCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * Weeks since start count from the week of {@code started} (else of the first log) to the week of
   * {@code today}, both counted; 0 without either, or when the start lies after today's week.
   */
  public Continuity compute(Goal goal, List<Log> logs, LocalDate today) {
    int activeWeeks = (int) logs.stream().map(l -> calendar.startOf(l.date())).distinct().count();
    Optional<LocalDate> start =
        goal.started().or(() -> logs.stream().map(Log::date).min(LocalDate::compareTo));
    int weeksSinceStart = start.map(s -> calendar.weeksBetween(s, today)).orElse(0);
    LocalDate from = today.minusDays(MIN_STEP_DAYS - 1L);
    int minStepDays =
        (int)
            logs.stream()
                .filter(Log::minStep)
                .map(Log::date)
                .filter(d -> !d.isBefore(from) && !d.isAfter(today))
                .distinct()
                .count();
    return new Continuity(activeWeeks, weeksSinceStart, minStepDays);
  }
}
