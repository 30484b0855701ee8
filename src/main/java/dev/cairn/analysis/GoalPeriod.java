package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One goal's part of a monthly or yearly review: its logs, wins and milestones in the period, each
 * metric's value over the period against the period before, its active weeks, and its challenge
 * step.
 */
public record GoalPeriod(
    Goal goal,
    List<Log> logs,
    List<Log> wins,
    List<Log> milestones,
    List<MetricComparison> metrics,
    ActiveWeeks activeWeeks,
    Optional<ChallengeStep> challengeStep) {

  public GoalPeriod {
    Objects.requireNonNull(goal);
    logs = List.copyOf(logs);
    wins = List.copyOf(wins);
    milestones = List.copyOf(milestones);
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(activeWeeks);
    Objects.requireNonNull(challengeStep);
  }
}
