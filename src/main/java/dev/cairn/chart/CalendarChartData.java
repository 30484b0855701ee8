package dev.cairn.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Exactly what a goal's calendar heat map draws: 53 week columns by 7 weekday rows ending on the
 * week of {@code lastDay}, one cell per day up to {@code lastDay} with its number of logs.
 */
record CalendarChartData(
    String slug,
    LocalDate firstDay,
    LocalDate lastDay,
    List<Cell> cells,
    List<String> columnLabels,
    List<String> rowLabels,
    ChartText text)
    implements ChartData {

  static final int COLUMNS = 53;
  static final int ROWS = 7;

  CalendarChartData {
    Objects.requireNonNull(slug);
    cells = List.copyOf(cells);
    columnLabels = List.copyOf(columnLabels);
    rowLabels = List.copyOf(rowLabels);
    Objects.requireNonNull(text);
  }

  /** One day: column 0 is the oldest week, row 0 the first day of the week. */
  record Cell(int column, int row, LocalDate date, int count) {}
}
