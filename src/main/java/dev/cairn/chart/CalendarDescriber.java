package dev.cairn.chart;

import dev.cairn.text.Figures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The alt text, caption and data table (logs per month) of a goal's year calendar. */
final class CalendarDescriber {

  private final ChartWords words;
  private final Figures figures;

  CalendarDescriber(ChartWords words) {
    this.words = words;
    this.figures = words.figures();
  }

  ChartText describe(LocalDate firstDay, LocalDate today, Map<LocalDate, Long> counts) {
    long logs = counts.values().stream().mapToLong(Long::longValue).sum();
    Optional<Map.Entry<LocalDate, Long>> busiest = Optional.empty();
    for (Map.Entry<LocalDate, Long> e : counts.entrySet()) {
      if (busiest.isEmpty() || e.getValue() > busiest.get().getValue()) busiest = Optional.of(e);
    }
    String alt =
        words.get(
                "chart.calendar.alt",
                figures.mediumDate(firstDay),
                figures.mediumDate(today),
                words.count("chart.count.day", counts.size()),
                words.count("count.logs", logs))
            + busiest
                .filter(e -> e.getValue() > 1)
                .map(
                    e ->
                        words.get(
                            "chart.calendar.alt.busiest",
                            figures.mediumDate(e.getKey()),
                            String.valueOf(e.getValue())))
                .orElse("")
            + ".";

    TreeMap<LocalDate, long[]> months = new TreeMap<>();
    for (LocalDate d = firstDay.withDayOfMonth(1); !d.isAfter(today); d = d.plusMonths(1))
      months.put(d, new long[2]);
    counts.forEach(
        (day, n) -> {
          long[] m = months.get(day.withDayOfMonth(1));
          m[0]++;
          m[1] += n;
        });
    List<List<String>> rows = new ArrayList<>();
    months.forEach(
        (month, m) ->
            rows.add(
                List.of(figures.monthYear(month), String.valueOf(m[0]), String.valueOf(m[1]))));
    return new ChartText(
        alt,
        words.get("chart.calendar.caption"),
        List.of(
            words.get("chart.table.month"),
            words.get("chart.table.daysWithLogs"),
            words.get("chart.table.logs")),
        rows);
  }
}
