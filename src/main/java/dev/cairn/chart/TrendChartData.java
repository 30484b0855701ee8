package dev.cairn.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Exactly what a metric's trend chart draws: weekly values at their week's start, the target, the
 * before and after windows, the Theil–Sen line over its 56 days and its projection, the outlook's
 * learning curve and band, where the projection leaves the axis, the challenge step-ups, and the
 * axis ranges.
 */
record TrendChartData(
    String slug,
    String metricId,
    String label,
    String unit,
    List<ChartPoint> weekly,
    OptionalDouble target,
    Optional<WeekWindow> baselineWindow,
    Optional<WeekWindow> currentWindow,
    Optional<Segment> trendLine,
    Optional<Segment> projection,
    List<ChartPoint> curve,
    Optional<Band> band,
    Optional<Clip> clip,
    List<StepUp> stepUps,
    LocalDate domainStart,
    LocalDate domainEnd,
    double rangeLow,
    double rangeHigh,
    ChartText text)
    implements ChartData {

  TrendChartData {
    Objects.requireNonNull(slug);
    weekly = List.copyOf(weekly);
    curve = List.copyOf(curve);
    stepUps = List.copyOf(stepUps);
    Objects.requireNonNull(text);
  }

  /** Weeks {@code firstWeekStart} to {@code lastWeekStart} (both week starts, inclusive). */
  record WeekWindow(LocalDate firstWeekStart, LocalDate lastWeekStart, String label) {}

  /** A straight piece of line between two dated values. */
  record Segment(ChartPoint from, ChartPoint to) {}

  /** The outlook's 90 % band: from one value on {@code from} to {@code low}…{@code high}. */
  record Band(LocalDate from, double fromValue, LocalDate to, double low, double high) {}

  /** Where a projection leaves the value axis ({@code up} at the top), with its label. */
  record Clip(ChartPoint at, boolean up, String label) {}

  /** A day on which the goal's challenge rose above every earlier level. */
  record StepUp(LocalDate date, int level, String label) {}
}
