package dev.cairn.chart;

import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.model.Metric;
import dev.cairn.text.Figures;
import java.util.List;

/** The alt text, caption and data table of a goal's index sparkline. */
final class SparklineDescriber {

  private final ChartWords words;
  private final Figures figures;

  SparklineDescriber(ChartWords words) {
    this.words = words;
    this.figures = words.figures();
  }

  /** A goal without metrics. */
  ChartText describeNothing() {
    return new ChartText(words.get("chart.sparkline.none"), "", List.of(), List.of());
  }

  ChartText describe(MetricAnalysis metric, List<ChartPoint> points) {
    Metric m = metric.metric();
    String unit = m.unit().orElse("");
    List<List<String>> rows =
        metric.weekly().stream()
            .map(w -> List.of(w.week().toString(), words.numberOr(w.value())))
            .toList();
    return new ChartText(
        alt(metric, points),
        words.get("chart.sparkline.caption", words.labelIn("chart.sparkline.caption", m.label())),
        List.of(words.get("chart.table.week"), words.labelWithUnit(m.label(), unit)),
        rows);
  }

  private String alt(MetricAnalysis metric, List<ChartPoint> points) {
    Metric m = metric.metric();
    String unit = m.unit().orElse("");
    if (points.isEmpty()) return words.get("chart.sparkline.noValues", m.label());
    List<WeeklyValue> present =
        metric.weekly().stream().filter(w -> w.value().isPresent()).toList();
    WeeklyValue first = present.get(0);
    WeeklyValue last = present.get(present.size() - 1);
    if (points.size() == 1) {
      return words.get(
          "chart.sparkline.alt.one",
          m.label(),
          figures.withUnit(first.value().getAsDouble(), unit),
          words.weekName(first.week()));
    }
    double high = points.stream().mapToDouble(ChartPoint::value).max().orElseThrow();
    double low = points.stream().mapToDouble(ChartPoint::value).min().orElseThrow();
    return words.get(
        "chart.sparkline.alt",
        m.label(),
        figures.number(first.value().getAsDouble()),
        words.weekName(first.week()),
        figures.withUnit(last.value().getAsDouble(), unit),
        words.weekName(last.week()),
        figures.number(low),
        figures.number(high));
  }
}
