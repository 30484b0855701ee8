package dev.cairn.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart as a page shows it: kind ({@code trend}, {@code before-after}, {@code activity}, {@code
 * calendar}, {@code sparkline}, {@code share}), file path relative to the site root, text
 * alternative stating its numbers, caption, pixel size, the narrow variant phones show (its path
 * empty when the chart has none), and the table of the figures it shows.
 */
public record ChartImage(
    String kind,
    String path,
    String alt,
    String caption,
    int width,
    int height,
    String narrowPath,
    int narrowWidth,
    int narrowHeight,
    List<String> tableHeader,
    List<List<String>> tableRows) {

  public ChartImage {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(path);
    Objects.requireNonNull(alt);
    Objects.requireNonNull(caption);
    Objects.requireNonNull(narrowPath);
    tableHeader = List.copyOf(tableHeader);
    tableRows = tableRows.stream().map(List::copyOf).toList();
  }
}
