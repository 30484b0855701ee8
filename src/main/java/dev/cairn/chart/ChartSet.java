package dev.cairn.chart;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every chart of a portfolio: the files to write, and per goal slug the images a page shows (in
 * display order), the index sparkline and the share image; per year (2026) its review's share
 * image.
 */
public record ChartSet(
    List<ChartFile> files,
    Map<String, List<ChartImage>> goalCharts,
    Map<String, ChartImage> sparklines,
    Map<String, ChartImage> shareImages,
    Map<String, ChartImage> yearShares) {

  public ChartSet {
    files = List.copyOf(files);
    TreeMap<String, List<ChartImage>> charts = new TreeMap<>();
    goalCharts.forEach((slug, images) -> charts.put(slug, List.copyOf(images)));
    goalCharts = Collections.unmodifiableSortedMap(charts);
    sparklines = Collections.unmodifiableSortedMap(new TreeMap<>(sparklines));
    shareImages = Collections.unmodifiableSortedMap(new TreeMap<>(shareImages));
    yearShares = Collections.unmodifiableSortedMap(new TreeMap<>(yearShares));
  }
}
