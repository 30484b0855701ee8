package dev.cairn.chart;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.DailyValue;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.TrendEstimator;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.chart.TrendChartData.Band;
import dev.cairn.chart.TrendChartData.Clip;
import dev.cairn.chart.TrendChartData.Segment;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.chart.TrendChartData.WeekWindow;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The series of a metric's trend chart: weekly values, windows, trend line, step-ups, ranges. */
final class TrendDataPreparer {

  private final ChartWords words;
  private final TrendDescriber describer;
  private final OutlookSeries outlook;

  TrendDataPreparer(ChartWords words) {
    this.words = words;
    this.describer = new TrendDescriber(words);
    this.outlook = new OutlookSeries(words);
  }

  /** The trend chart of one metric, or empty when the metric has no weekly value at all. */
  Optional<TrendChartData> prepare(GoalAnalysis goal, MetricAnalysis metric, int windowWeeks) {
    Metric m = metric.metric();
    List<WeeklyValue> weeks = metric.weekly();
    List<ChartPoint> points = ChartSeries.presentValues(weeks);
    if (points.isEmpty()) return Optional.empty();

    Optional<WeekWindow> baselineWindow = Optional.empty();
    Optional<WeekWindow> currentWindow = Optional.empty();
    BeforeAfter ba = metric.beforeAfter();
    if (ba.isOk() && weeks.size() >= 2 * windowWeeks) {
      baselineWindow =
          Optional.of(
              new WeekWindow(
                  weeks.get(0).start(),
                  weeks.get(windowWeeks - 1).start(),
                  words.get("chart.trend.window.before")));
      currentWindow =
          Optional.of(
              new WeekWindow(
                  weeks.get(weeks.size() - windowWeeks).start(),
                  weeks.get(weeks.size() - 1).start(),
                  words.get("chart.trend.window.after")));
    }

    Optional<Segment> trendLine = Optional.empty();
    Optional<Segment> projection = Optional.empty();
    Optional<LocalDate> lastObservation =
        metric.daily().stream().map(DailyValue::date).max(Comparator.naturalOrder());
    if (metric.trend().isPresent() && lastObservation.isPresent()) {
      Trend t = metric.trend().get();
      LocalDate last = lastObservation.get();
      LocalDate windowStart = last.minusDays(TrendEstimator.WINDOW_DAYS - 1L);
      // The line is drawn where it was fitted: from the first daily value inside the window.
      LocalDate first =
          metric.daily().stream()
              .map(DailyValue::date)
              .filter(d -> !d.isBefore(windowStart))
              .min(Comparator.naturalOrder())
              .orElse(windowStart);
      ChartPoint end = new ChartPoint(last, t.valueOn(last));
      trendLine = Optional.of(new Segment(new ChartPoint(first, t.valueOn(first)), end));
      projection =
          Optional.of(new Segment(end, new ChartPoint(t.projectionDate(), t.projection())));
    }

    List<ChartPoint> curve = OutlookSeries.curve(metric);
    Optional<Band> band = lastObservation.flatMap(last -> OutlookSeries.band(metric, last));

    LocalDate domainStart = weeks.get(0).start();
    LocalDate domainEnd = weeks.get(weeks.size() - 1).start();
    if (trendLine.isPresent())
      domainStart = ChartSeries.min(domainStart, trendLine.get().from().date());
    if (projection.isPresent())
      domainEnd = ChartSeries.max(domainEnd, projection.get().to().date());
    LocalDate from = domainStart;
    LocalDate to = domainEnd;
    List<StepUp> stepUps =
        ChartSeries.stepUps(goal, words).stream()
            .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to))
            .toList();

    List<Double> values = new ArrayList<>();
    points.forEach(p -> values.add(p.value()));
    m.target().ifPresent(values::add);
    trendLine.ifPresent(s -> values.addAll(List.of(s.from().value(), s.to().value())));
    // The axis fits the evidence and the band; a runaway projection leaves it with a label.
    curve.forEach(p -> values.add(p.value()));
    band.ifPresent(b -> values.addAll(List.of(b.fromValue(), b.low(), b.high())));
    double[] range = ChartSeries.paddedRange(values);
    Optional<Clip> clip = projection.flatMap(p -> outlook.clip(p, range[0], range[1]));

    return Optional.of(
        new TrendChartData(
            goal.goal().slug(),
            m.id(),
            m.label(),
            m.unit().orElse(""),
            points,
            m.target(),
            baselineWindow,
            currentWindow,
            trendLine,
            projection,
            curve,
            band,
            clip,
            stepUps,
            domainStart,
            domainEnd,
            range[0],
            range[1],
            describer.describe(metric, points, stepUps)));
  }
}
