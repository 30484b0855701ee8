package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Theil–Sen line over the daily values of the last 56 days up to the last observation, with its
 * six-month projection and the day it meets the target.
 *
 * <p>The eta looks forward from the last observation: when the line already meets the target before
 * that day while the last daily value does not, eta is the day after the last observation.
 */
public final class TrendEstimator {

  /** The last observation's day and the 55 days before it. */
  public static final int WINDOW_DAYS = 56;

  public static final int MIN_POINTS = 4;
  public static final int PROJECTION_DAYS = 182;

  /** Empty with fewer than {@value #MIN_POINTS} daily values in the window. */
  public Optional<Trend> estimate(Metric metric, List<DailyValue> daily) {
    if (daily.isEmpty()) return Optional.empty();
    LocalDate last = daily.get(daily.size() - 1).date();
    List<DailyValue> points = window(daily);
    if (points.size() < MIN_POINTS) return Optional.empty();

    double slope = medianSlope(points);
    double intercept = medianIntercept(points, slope);
    LocalDate projectionDate = last.plusDays(PROJECTION_DAYS);
    double projection = intercept + slope * projectionDate.toEpochDay();
    double lastValue = points.get(points.size() - 1).value();
    Optional<LocalDate> eta = eta(metric, slope, intercept, last, lastValue);
    return Optional.of(new Trend(slope, intercept, points.size(), projection, projectionDate, eta));
  }

  /** The daily values the line is fitted to: the last observation's day and the 55 before it. */
  static List<DailyValue> window(List<DailyValue> daily) {
    if (daily.isEmpty()) return List.of();
    LocalDate last = daily.get(daily.size() - 1).date();
    LocalDate from = last.minusDays(WINDOW_DAYS - 1L);
    return daily.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(last)).toList();
  }

  static double medianSlope(List<DailyValue> points) {
    return median(pairwiseSlopes(points));
  }

  /** The slopes between every two points, x in days; the points are on distinct days. */
  static double[] pairwiseSlopes(List<DailyValue> points) {
    int n = points.size();
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        DailyValue a = points.get(i);
        DailyValue b = points.get(j);
        slopes[k++] = (b.value() - a.value()) / (b.date().toEpochDay() - a.date().toEpochDay());
      }
    }
    return slopes;
  }

  /** The median of y − slope·x, x in days since 1970-01-01. */
  static double medianIntercept(List<DailyValue> points, double slope) {
    double[] residuals = new double[points.size()];
    for (int i = 0; i < points.size(); i++) {
      residuals[i] = points.get(i).value() - slope * points.get(i).date().toEpochDay();
    }
    return median(residuals);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static Optional<LocalDate> eta(
      Metric metric, double slope, double intercept, LocalDate last, double lastValue) {
    if (metric.target().isEmpty()) return Optional.empty();
    double target = metric.target().getAsDouble();
    boolean higher = metric.better() == Better.HIGHER;
    if (meets(lastValue, target, higher)) return Optional.empty();
    if (slope == 0 || (higher ? slope < 0 : slope > 0)) return Optional.empty();

    // The line rises towards the target (or falls, for lower-is-better), so it meets it on every
    // day from x* = (target − intercept) / slope on; the first whole day is ceil(x*).
    double crossing = (target - intercept) / slope;
    double earliest = last.toEpochDay() + 1.0;
    if (!(crossing < LocalDate.MAX.toEpochDay() - 2)) return Optional.empty();
    long day = (long) Math.max(Math.ceil(crossing), earliest);
    // Rounding in x* can leave ceil(x*) one day off; settle on the true first day.
    while (day > earliest && meets(intercept + slope * (day - 1), target, higher)) day--;
    long lastRepresentable = LocalDate.MAX.toEpochDay();
    while (day <= lastRepresentable && !meets(intercept + slope * day, target, higher)) day++;
    return day <= lastRepresentable ? Optional.of(LocalDate.ofEpochDay(day)) : Optional.empty();
  }

  static boolean meets(double value, double target, boolean higher) {
    return higher ? value >= target : value <= target;
  }
}
