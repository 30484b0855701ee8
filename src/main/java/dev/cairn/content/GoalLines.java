package dev.cairn.content;

import dev.cairn.model.SourcePosition;
import java.util.Map;

/** Where a goal file declares its metrics: the {@code metrics:} key and each metric's id. */
record GoalLines(SourcePosition metrics, Map<String, SourcePosition> metricIds) {

  GoalLines {
    metricIds = Map.copyOf(metricIds);
  }

  /** The line of a metric's id, or of {@code metrics:} for an id not found. */
  SourcePosition of(String metricId) {
    return metricIds.getOrDefault(metricId, metrics);
  }
}
