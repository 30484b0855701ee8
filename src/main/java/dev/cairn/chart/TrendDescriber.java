package dev.cairn.chart;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.OutlookModel;
import dev.cairn.analysis.TrendEstimator;
import dev.cairn.analysis.WeekId;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.model.Metric;
import dev.cairn.text.Figures;
import java.util.ArrayList;
import java.util.List;

/** The alt text, caption and data table of a metric's trend chart. */
final class TrendDescriber {

  private final ChartWords words;
  private final Figures figures;

  TrendDescriber(ChartWords words) {
    this.words = words;
    this.figures = words.figures();
  }

  ChartText describe(MetricAnalysis metric, List<ChartPoint> points, List<StepUp> stepUps) {
    Metric m = metric.metric();
    String unit = m.unit().orElse("");
    String labelWithUnit = words.labelWithUnit(m.label(), unit);
    List<String> header =
        List.of(words.get("chart.table.week"), words.get("chart.table.starts"), labelWithUnit);
    List<List<String>> rows = new ArrayList<>();
    for (WeeklyValue w : metric.weekly()) {
      rows.add(
          List.of(w.week().toString(), figures.mediumDate(w.start()), words.numberOr(w.value())));
    }
    return new ChartText(alt(metric, points, stepUps), caption(metric, stepUps), header, rows);
  }

  private String alt(MetricAnalysis metric, List<ChartPoint> points, List<StepUp> stepUps) {
    Metric m = metric.metric();
    String unit = m.unit().orElse("");
    List<WeeklyValue> weeks = metric.weekly();
    WeekId firstWeek = weeks.get(0).week();
    WeekId lastWeek = weeks.get(weeks.size() - 1).week();
    List<String> parts = new ArrayList<>();
    BeforeAfter ba = metric.beforeAfter();
    if (ba.isOk() && ba.baseline().isPresent() && ba.current().isPresent()) {
      double baseline = ba.baseline().getAsDouble();
      double current = ba.current().getAsDouble();
      String key =
          figures.number(current).equals(figures.number(baseline))
              ? "chart.trend.alt.held"
              : current > baseline ? "chart.trend.alt.rose" : "chart.trend.alt.fell";
      parts.add(
          words.get(
              key,
              m.label(),
              figures.number(baseline),
              figures.withUnit(current, unit),
              words.weekPair(firstWeek, lastWeek)));
    } else {
      ChartPoint latest = points.get(points.size() - 1);
      parts.add(
          words.get(
              "chart.trend.alt.values",
              m.label(),
              words.count("chart.count.weeklyValue", points.size()),
              words.period(firstWeek, lastWeek),
              figures.withUnit(latest.value(), unit)));
      if (!ba.isOk() && ba.weeksNeeded() > 0) {
        parts.add(
            words.get(
                "chart.trend.alt.needed", words.count("chart.count.moreWeek", ba.weeksNeeded())));
      }
    }
    m.target().ifPresent(t -> parts.add(words.get("chart.trend.alt.target", figures.number(t))));
    metric
        .trend()
        .ifPresent(
            t ->
                parts.add(
                    words.get(
                            "chart.trend.alt.trend",
                            figures.signedNumber(t.slopePerDay() * 7),
                            figures.withUnit(t.projection(), unit),
                            figures.mediumDate(t.projectionDate()))
                        + t.eta()
                            .map(eta -> words.get("chart.trend.alt.eta", figures.mediumDate(eta)))
                            .orElse("")));
    metric.outlook().ifPresent(o -> parts.add(outlook(o, unit)));
    for (StepUp s : stepUps) {
      parts.add(words.get("chart.trend.alt.stepUp", s.label(), figures.mediumDate(s.date())));
    }
    return String.join("; ", parts) + ".";
  }

  /** "outlook: levelling off near 60, 57–61 wpm by 1 Mar 2027". */
  private String outlook(Outlook o, String unit) {
    String low = figures.number(o.low());
    String high = figures.number(o.high());
    String spacedUnit = unit.isEmpty() ? "" : " " + unit;
    String band =
        low.equals(high)
            ? words.get("outlook.value", low, spacedUnit)
            : words.get("outlook.range", low, high, spacedUnit);
    String date = figures.mediumDate(o.projectionDate());
    if (o.levellingOff()) {
      return words.get(
          "chart.trend.alt.outlook.levelling",
          figures.number(o.curve().orElseThrow().asymptote()),
          band,
          date);
    }
    return words.get(
        o.model() == OutlookModel.CURVE
            ? "chart.trend.alt.outlook.curve"
            : "chart.trend.alt.outlook.line",
        band,
        date);
  }

  private String caption(MetricAnalysis metric, List<StepUp> stepUps) {
    Metric m = metric.metric();
    List<String> parts = new ArrayList<>();
    parts.add(
        words.get(
            "chart.trend.caption.weekly",
            words.labelWithUnit(
                words.labelIn("chart.trend.caption.weekly", m.label()), m.unit().orElse(""))));
    if (m.target().isPresent()) parts.add(words.get("chart.trend.caption.target"));
    if (metric.beforeAfter().isOk()) parts.add(words.get("chart.trend.caption.windows"));
    if (metric.trend().isPresent()) {
      parts.add(words.get("chart.trend.caption.trend", figures.number(TrendEstimator.WINDOW_DAYS)));
    }
    if (metric.outlook().flatMap(Outlook::curve).isPresent()) {
      parts.add(words.get("chart.trend.caption.outlook"));
    }
    if (metric.outlook().isPresent()) parts.add(words.get("chart.trend.caption.band"));
    if (!stepUps.isEmpty()) parts.add(words.get("chart.trend.caption.stepUps"));
    return String.join("; ", parts) + ".";
  }
}
