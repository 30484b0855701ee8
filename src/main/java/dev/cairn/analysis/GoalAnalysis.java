package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import java.util.List;
import java.util.Objects;

/** The results for one goal; {@code metrics} lists mastery metrics first. */
public record GoalAnalysis(
    Goal goal,
    List<Log> logs,
    Continuity continuity,
    Evidence evidence,
    Plateau plateau,
    List<MetricAnalysis> metrics) {

  public GoalAnalysis {
    Objects.requireNonNull(goal);
    logs = List.copyOf(logs);
    Objects.requireNonNull(continuity);
    Objects.requireNonNull(evidence);
    Objects.requireNonNull(plateau);
    metrics = List.copyOf(metrics);
  }
}
