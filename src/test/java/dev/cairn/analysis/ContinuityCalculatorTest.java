package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.goal;
import static dev.cairn.analysis.Fixtures.log;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.WeekStart;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContinuityCalculatorTest {

  private final ContinuityCalculator calculator =
      new ContinuityCalculator(new WeekCalendar(WeekStart.MONDAY));

  // Today Thu 2026-10-22 (W43); the 28 days ending today run from 2026-09-25.
  // Logs: Thu 09-24 (W39, min step, one day too old), Fri 09-25 (W39, min step, first day in),
  // Thu 10-01 (W40, min step), Wed 10-14 twice (W42, both min step: one day), Thu 10-22 (W43),
  // Fri 10-23 (after today, min step: not among the 28 days).
  private final List<Log> logs =
      List.of(
          log("2026-09-24", "g").minStep().build(),
          log("2026-09-25", "g").minStep().build(),
          log("2026-10-01", "g").minStep().build(),
          log("2026-10-14", "g").path("a.md").minStep().build(),
          log("2026-10-14", "g").path("b.md").minStep().build(),
          log("2026-10-22", "g").build(),
          log("2026-10-23", "g").minStep().build());

  @Test
  void countsActiveWeeksWeeksSinceStartAndMinStepDays() {
    // Active: W39, W40, W42, W43 = 4. Started Mon 09-28 (W40) to W43 = 4 weeks.
    // Min-step days in 09-25..10-22: 09-25, 10-01, 10-14 = 3.
    Goal started = goal("g", List.of(activity("m")), List.of(), Optional.of(day("2026-09-28")));
    assertEquals(
        new Continuity(4, 4, 3),
        calculator.compute(started, logs.subList(0, 6), day("2026-10-22")));
    // Fri 10-23 is in W43 too: still 4 active weeks, and its min step lies after today.
    assertEquals(new Continuity(4, 4, 3), calculator.compute(started, logs, day("2026-10-22")));
  }

  @Test
  void countsWeeksSinceTheFirstLogWithoutAStartDate() {
    // First log 09-24 is in W39: W39..W43 = 5.
    Goal unstarted = goal("g", List.of(activity("m")));
    assertEquals(5, calculator.compute(unstarted, logs, day("2026-10-22")).weeksSinceStart());
  }

  @Test
  void isAllZeroWithoutStartOrLogs() {
    assertEquals(
        new Continuity(0, 0, 0),
        calculator.compute(goal("g", List.of(activity("m"))), List.of(), day("2026-10-22")));
  }
}
