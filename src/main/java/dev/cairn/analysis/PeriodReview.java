package dev.cairn.analysis;

import dev.cairn.model.Log;
import java.util.List;
import java.util.Objects;

/**
 * A review of one month or year with at least one log, across goals: each goal's part, and the
 * active weeks of the whole portfolio (a week counts when any goal has a log in it).
 */
public record PeriodReview(Period period, List<GoalPeriod> goals, ActiveWeeks activeWeeks) {

  public PeriodReview {
    Objects.requireNonNull(period);
    goals = List.copyOf(goals);
    Objects.requireNonNull(activeWeeks);
  }

  public int logCount() {
    return goals.stream().mapToInt(g -> g.logs().size()).sum();
  }

  public int winCount() {
    return goals.stream().mapToInt(g -> g.wins().size()).sum();
  }

  /** Every milestone of the period, oldest first (goal order within a day). */
  public List<Log> milestones() {
    return goals.stream()
        .flatMap(g -> g.milestones().stream())
        .sorted(java.util.Comparator.comparing(Log::date))
        .toList();
  }
}
