package dev.cairn.chart;

import dev.cairn.analysis.WeekId;
import java.util.Comparator;
import java.util.List;

/** The alt text, caption and data table of a goal's weekly activity chart. */
final class ActivityDescriber {

  private final ChartWords words;

  ActivityDescriber(ChartWords words) {
    this.words = words;
  }

  ChartText describe(List<ActivityChartData.Week> weeks) {
    int totalLogs = weeks.stream().mapToInt(ActivityChartData.Week::logs).sum();
    int activeWeeks = (int) weeks.stream().filter(w -> w.logs() > 0).count();
    int minStepDays = weeks.stream().mapToInt(ActivityChartData.Week::minStepDays).sum();
    WeekId first = weeks.get(0).week();
    WeekId last = weeks.get(weeks.size() - 1).week();
    String alt =
        words.get(
                "chart.activity.alt",
                words.period(first, last),
                words.count("count.logs", totalLogs),
                words.count("chart.count.activeWeek", activeWeeks),
                String.valueOf(weeks.size()))
            + weeks.stream()
                .max(
                    Comparator.comparingInt(ActivityChartData.Week::logs)
                        .thenComparing(ActivityChartData.Week::start, Comparator.reverseOrder()))
                .filter(w -> w.logs() > 0)
                .map(
                    w ->
                        words.get(
                            "chart.activity.alt.most",
                            words.weekName(w.week()),
                            String.valueOf(w.logs())))
                .orElse("")
            + words.get("chart.activity.alt.minStep", String.valueOf(minStepDays));
    List<List<String>> rows =
        weeks.stream()
            .map(
                w ->
                    List.of(
                        w.week().toString(),
                        words.figures().mediumDate(w.start()),
                        String.valueOf(w.logs()),
                        String.valueOf(w.minStepDays())))
            .toList();
    return new ChartText(
        alt,
        words.get("chart.activity.caption"),
        List.of(
            words.get("chart.table.week"),
            words.get("chart.table.starts"),
            words.get("chart.table.logs"),
            words.get("chart.table.minStepDays")),
        rows);
  }
}
