package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Notes on what a goal asks its logs to record, printed by {@code check --strict} and never an
 * error: a metric filled in fewer than 30 % of the goal's logs (judged from 5 logs on), and a goal
 * with a mastery metric whose logs have recorded only activity for 8 weeks or more. (More than 3
 * metrics is noted where the goal is read.)
 */
final class TrackingBudget {

  static final double MIN_FILL_SHARE = 0.3;
  static final int MIN_LOGS_FOR_SHARE = 5;
  static final int ACTIVITY_ONLY_DAYS = 8 * 7;

  private TrackingBudget() {}

  /** The notes for every goal of {@code goals} with logs; {@code lines} by goal slug. */
  static List<Diagnostic> notes(
      List<Goal> goals, List<Log> logs, Map<String, GoalLines> lines, LocalDate today) {
    List<Diagnostic> notes = new ArrayList<>();
    Map<String, List<Log>> byGoal = new HashMap<>();
    for (Log log : logs) byGoal.computeIfAbsent(log.goal(), g -> new ArrayList<>()).add(log);
    for (Goal goal : goals) {
      List<Log> own = byGoal.getOrDefault(goal.slug(), List.of());
      GoalLines at = lines.get(goal.slug());
      if (own.isEmpty() || at == null) continue;
      for (Metric m : own.size() < MIN_LOGS_FOR_SHARE ? List.<Metric>of() : goal.metrics()) {
        long filled = own.stream().filter(l -> l.metrics().containsKey(m.id())).count();
        if (filled < MIN_FILL_SHARE * own.size()) {
          notes.add(
              Diagnostic.note(
                  at.of(m.id()),
                  String.format(
                      java.util.Locale.ROOT,
                      "metric '%s' is filled in %d of %d logs (%d %%); record it at most logs or"
                          + " drop it",
                      m.id(),
                      filled,
                      own.size(),
                      Math.round(100.0 * filled / own.size()))));
        }
      }
      activityOnlySince(goal, own, today)
          .ifPresent(
              since ->
                  notes.add(
                      Diagnostic.note(
                          at.of(goal.metricsMasteryFirst().get(0).id()),
                          "only activity recorded since "
                              + since
                              + " (8 weeks or more); log a mastery value such as '"
                              + goal.metricsMasteryFirst().get(0).id()
                              + "' now and then to see whether skill grows")));
    }
    return notes;
  }

  /**
   * The first day of the goal's current stretch of logs without a mastery value, when it began 8
   * weeks (56 days) or more before {@code today}; empty for a goal without mastery metrics (its
   * page and a hint already say it measures participation only).
   */
  static Optional<LocalDate> activityOnlySince(Goal goal, List<Log> logs, LocalDate today) {
    if (!goal.hasMasteryMetric()) return Optional.empty();
    LocalDate since = null;
    for (Log log : logs) {
      boolean mastery =
          log.metrics().keySet().stream()
              .anyMatch(id -> goal.findMetric(id).map(Metric::isMastery).orElse(false));
      if (mastery) {
        since = null;
      } else if (since == null && !log.metrics().isEmpty()) {
        since = log.date();
      }
    }
    return since != null && !since.plusDays(ACTIVITY_ONLY_DAYS).isAfter(today)
        ? Optional.of(since)
        : Optional.empty();
  }
}
