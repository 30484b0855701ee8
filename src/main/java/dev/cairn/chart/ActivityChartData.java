package dev.cairn.chart;

import dev.cairn.analysis.WeekId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Exactly what a goal's weekly activity chart draws: logs and minimum-step days per week. */
record ActivityChartData(String slug, List<Week> weeks, ChartText text) implements ChartData {

  ActivityChartData {
    Objects.requireNonNull(slug);
    weeks = List.copyOf(weeks);
    Objects.requireNonNull(text);
  }

  /** One calendar week's counts. */
  record Week(WeekId week, LocalDate start, int logs, int minStepDays) {}
}
