package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import java.util.List;
import java.util.Optional;

/** One goal's part of a weekly review: its logs and wins that week, metrics, min-step days. */
public record GoalWeek(
    Goal goal,
    List<Log> logs,
    List<Log> wins,
    List<MetricComparison> metrics,
    int minStepDays,
    Optional<StretchSuggestion> stretchSuggestion) {

  public GoalWeek {
    logs = List.copyOf(logs);
    wins = List.copyOf(wins);
    metrics = List.copyOf(metrics);
  }
}
