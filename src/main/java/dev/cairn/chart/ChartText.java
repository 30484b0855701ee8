package dev.cairn.chart;

import java.util.List;
import java.util.Objects;

/** The words and figures that accompany a chart: text alternative, caption and data table. */
public record ChartText(
    String alt, String caption, List<String> tableHeader, List<List<String>> tableRows) {

  public ChartText {
    Objects.requireNonNull(alt);
    Objects.requireNonNull(caption);
    tableHeader = List.copyOf(tableHeader);
    tableRows = tableRows.stream().map(List::copyOf).toList();
  }
}
