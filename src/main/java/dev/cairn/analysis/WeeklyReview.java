package dev.cairn.analysis;

import java.time.LocalDate;
import java.util.List;

/** A review of one week with at least one log, across goals ({@code end} is the last day). */
public record WeeklyReview(WeekId week, LocalDate start, LocalDate end, List<GoalWeek> goals) {

  public WeeklyReview {
    goals = List.copyOf(goals);
  }
}
