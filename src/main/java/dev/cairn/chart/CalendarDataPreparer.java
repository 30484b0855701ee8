package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.WeekCalendar;
import dev.cairn.model.Log;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The cells of a goal's year calendar: logs per day, one column per calendar week. */
final class CalendarDataPreparer {

  private final ChartWords words;
  private final CalendarDescriber describer;

  CalendarDataPreparer(ChartWords words) {
    this.words = words;
    this.describer = new CalendarDescriber(words);
  }

  /** The year calendar of days with logs, ending with {@code today}. */
  CalendarChartData prepare(GoalAnalysis goal, LocalDate today, WeekCalendar calendar) {
    LocalDate firstDay = calendar.startOf(today).minusWeeks(CalendarChartData.COLUMNS - 1L);
    Map<LocalDate, Long> counts =
        goal.logs().stream()
            .filter(l -> !l.date().isBefore(firstDay) && !l.date().isAfter(today))
            .collect(Collectors.groupingBy(Log::date, TreeMap::new, Collectors.counting()));
    List<CalendarChartData.Cell> cells = new ArrayList<>();
    List<String> columnLabels = new ArrayList<>();
    for (int column = 0; column < CalendarChartData.COLUMNS; column++) {
      LocalDate columnStart = firstDay.plusWeeks(column);
      String label = "";
      for (int row = 0; row < CalendarChartData.ROWS; row++) {
        LocalDate day = columnStart.plusDays(row);
        if (day.getDayOfMonth() == 1) label = words.figures().month(day);
        if (!day.isAfter(today)) {
          cells.add(
              new CalendarChartData.Cell(
                  column, row, day, counts.getOrDefault(day, 0L).intValue()));
        }
      }
      columnLabels.add(label);
    }
    List<String> rowLabels = new ArrayList<>();
    for (int row = 0; row < CalendarChartData.ROWS; row++) {
      rowLabels.add(
          firstDay.plusDays(row).getDayOfWeek().getDisplayName(TextStyle.SHORT, words.locale()));
    }
    return new CalendarChartData(
        goal.goal().slug(),
        firstDay,
        today,
        cells,
        columnLabels,
        rowLabels,
        describer.describe(firstDay, today, counts));
  }
}
