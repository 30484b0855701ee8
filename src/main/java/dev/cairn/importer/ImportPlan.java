package dev.cairn.importer;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export holds, read and mapped but not yet placed in a portfolio: one {@link Series} per
 * habit, activity type or task, the rows left out and why, and every error found in the export.
 *
 * @param tool the folder name under {@code content/logs/imported/}, e.g. {@code loop}
 * @param toolName the tool's name for people, e.g. "Loop Habit Tracker"
 * @param ignored reason (e.g. "Meditate: not done (NO)") to number of rows
 */
public record ImportPlan(
    String tool,
    String toolName,
    List<Series> series,
    Map<String, Integer> ignored,
    List<Diagnostic> errors) {

  public ImportPlan {
    Objects.requireNonNull(tool);
    Objects.requireNonNull(toolName);
    series = List.copyOf(series);
    ignored = Collections.unmodifiableMap(new LinkedHashMap<>(ignored));
    errors = errors.stream().sorted().toList();
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** One habit, activity type or task: the goal it becomes and its logs, in date order. */
  public record Series(String name, GoalDraft goal, List<LogDraft> logs) {
    public Series {
      Objects.requireNonNull(name);
      Objects.requireNonNull(goal);
      logs = List.copyOf(logs);
    }
  }

  /**
   * A goal to write, unless the import attaches to an existing one.
   *
   * @param status {@code active}, {@code paused} or {@code done}
   * @param body Markdown after the front matter
   */
  public record GoalDraft(
      String title, Optional<String> why, String status, List<Metric> metrics, String body) {
    public GoalDraft {
      Objects.requireNonNull(title);
      Objects.requireNonNull(why);
      Objects.requireNonNull(status);
      metrics = List.copyOf(metrics);
      Objects.requireNonNull(body);
    }
  }

  /**
   * A log to write.
   *
   * @param key makes the file name unique where one goal has several logs a day ("" or e.g. the
   *     activity id); stable across exports, so a second import finds the same file
   * @param metrics metric id to value, in the goal's order
   */
  public record LogDraft(
      LocalDate date,
      String key,
      Map<String, BigDecimal> metrics,
      Optional<String> title,
      String body) {
    public LogDraft {
      Objects.requireNonNull(date);
      Objects.requireNonNull(key);
      metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
      Objects.requireNonNull(title);
      Objects.requireNonNull(body);
    }
  }
}
