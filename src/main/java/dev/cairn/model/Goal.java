package dev.cairn.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal from {@code content/goals/<slug>.md}. {@code body} is the Markdown source after the front
 * matter; {@code extra} holds unknown top-level keys (plain Java values) for templates.
 */
public record Goal(
    String slug,
    String sourcePath,
    String title,
    Optional<String> why,
    Optional<String> capability,
    Optional<LocalDate> started,
    Optional<String> firstStep,
    GoalStatus status,
    boolean isPrivate,
    List<Metric> metrics,
    List<String> challengeLevels,
    String body,
    Map<String, Object> extra) {

  public Goal {
    Objects.requireNonNull(slug);
    Objects.requireNonNull(sourcePath);
    Objects.requireNonNull(title);
    Objects.requireNonNull(why);
    Objects.requireNonNull(capability);
    Objects.requireNonNull(started);
    Objects.requireNonNull(firstStep);
    Objects.requireNonNull(status);
    Objects.requireNonNull(body);
    metrics = List.copyOf(metrics);
    challengeLevels = List.copyOf(challengeLevels);
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  public Optional<Metric> findMetric(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public boolean hasMasteryMetric() {
    return metrics.stream().anyMatch(Metric::isMastery);
  }

  /** The metrics with mastery first, each group in front-matter order. */
  public List<Metric> metricsMasteryFirst() {
    return metrics.stream()
        .sorted((a, b) -> Boolean.compare(b.isMastery(), a.isMastery()))
        .toList();
  }

  /** The name of a 1-based challenge level, if the goal defines it. */
  public Optional<String> levelName(int level) {
    return level >= 1 && level <= challengeLevels.size()
        ? Optional.of(challengeLevels.get(level - 1))
        : Optional.empty();
  }
}
