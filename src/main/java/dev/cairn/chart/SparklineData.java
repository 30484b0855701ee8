package dev.cairn.chart;

import java.util.List;
import java.util.Objects;

/** Exactly what a goal's index sparkline draws: one metric's weekly values. */
record SparklineData(String slug, String metricId, List<ChartPoint> points, ChartText text)
    implements ChartData {

  SparklineData {
    Objects.requireNonNull(slug);
    points = List.copyOf(points);
    Objects.requireNonNull(text);
  }
}
