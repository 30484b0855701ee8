package dev.cairn.chart;

import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.OutlookModel;
import dev.cairn.analysis.SaturatingCurve;
import dev.cairn.analysis.Trend;
import dev.cairn.chart.TrendChartData.Band;
import dev.cairn.chart.TrendChartData.Clip;
import dev.cairn.chart.TrendChartData.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a trend chart draws of the outlook: the learning curve when it was chosen, the 90 % band
 * fanning out from the last observation, and where a projection beyond the value axis leaves it.
 */
final class OutlookSeries {

  private final ChartWords words;

  OutlookSeries(ChartWords words) {
    this.words = words;
  }

  /** The chosen curve, week by week from its origin to the projection date; empty for a line. */
  static List<ChartPoint> curve(MetricAnalysis metric) {
    Optional<SaturatingCurve> curve =
        metric.outlook().filter(o -> o.model() == OutlookModel.CURVE).flatMap(Outlook::curve);
    if (curve.isEmpty()) return List.of();
    SaturatingCurve c = curve.get();
    LocalDate end = metric.outlook().get().projectionDate();
    List<ChartPoint> points = new ArrayList<>();
    for (LocalDate d = c.origin(); d.isBefore(end); d = d.plusDays(7)) {
      points.add(new ChartPoint(d, c.valueOn(d)));
    }
    points.add(new ChartPoint(end, c.valueOn(end)));
    return points;
  }

  /** The band from the chosen model's value on {@code last} to low–high on the projection date. */
  static Optional<Band> band(MetricAnalysis metric, LocalDate last) {
    if (metric.outlook().isEmpty() || metric.trend().isEmpty()) return Optional.empty();
    Outlook o = metric.outlook().get();
    Trend t = metric.trend().get();
    double start = o.curve().map(c -> c.valueOn(last)).orElse(t.valueOn(last));
    return Optional.of(new Band(last, start, o.projectionDate(), o.low(), o.high()));
  }

  /**
   * Where the projection leaves the value axis {@code low}…{@code high}, labelled with its value on
   * the projection date; empty when it stays inside.
   */
  Optional<Clip> clip(Segment projection, double low, double high) {
    double from = projection.from().value();
    double to = projection.to().value();
    if (to <= high && to >= low) return Optional.empty();
    double edge = to > high ? high : low;
    double share = (edge - from) / (to - from);
    long days = ChartSeries.days(projection.from().date(), projection.to().date());
    LocalDate at = projection.from().date().plusDays(Math.round(share * days));
    String label =
        words.get(
            to > high ? "chart.trend.clipped.up" : "chart.trend.clipped.down",
            words.figures().number(to));
    return Optional.of(new Clip(new ChartPoint(at, edge), to > high, label));
  }
}
