package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.util.List;

/** Counts of logs and wins, and the share of logs that hold a mastery value. */
public final class EvidenceCalculator {

  /** A win that is blank counts as none; the mastery share of a goal without logs is 0. */
  public Evidence compute(Goal goal, List<Log> logs) {
    int wins = (int) logs.stream().filter(EvidenceCalculator::hasWin).count();
    List<String> masteryIds =
        goal.metrics().stream().filter(Metric::isMastery).map(Metric::id).toList();
    long withMastery =
        logs.stream()
            .filter(l -> masteryIds.stream().anyMatch(id -> l.metrics().containsKey(id)))
            .count();
    double share = logs.isEmpty() ? 0 : (double) withMastery / logs.size();
    return new Evidence(logs.size(), wins, share, !goal.hasMasteryMetric());
  }

  static boolean hasWin(Log log) {
    return log.win().filter(w -> !w.isBlank()).isPresent();
  }
}
