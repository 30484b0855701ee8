package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * A mastery metric's outlook: which shape, line or learning curve, the weekly values follow (by
 * {@link HoldoutChooser}), that model's value on the trend's projection date with a 90 % band
 * (Sen's interval for the line, {@link CurveBootstrap} for the curve), and the first day within two
 * years the model meets the target. Every figure stays inside {@link OutlookClamp}.
 *
 * <p>The line is the trend itself, so a metric without a trend has no outlook.
 */
public final class OutlookEstimator {

  public static final int MIN_WEEKS = 6;
  public static final int ETA_HORIZON_DAYS = 730;

  public Optional<Outlook> estimate(
      Metric metric, List<DailyValue> daily, List<WeeklyValue> weekly, Optional<Trend> trend) {
    List<DailyValue> points =
        weekly.stream()
            .filter(w -> w.value().isPresent())
            .map(w -> new DailyValue(w.start(), w.value().getAsDouble()))
            .toList();
    if (points.size() < MIN_WEEKS || trend.isEmpty()) return Optional.empty();
    Trend line = trend.get();
    OutlookClamp clamp = OutlookClamp.of(daily, metric.min(), metric.max());

    if (new HoldoutChooser().choose(points).model() == OutlookModel.LINE) {
      List<DailyValue> window = TrendEstimator.window(daily);
      double[] slopes =
          SenInterval.slopeBounds(TrendEstimator.pairwiseSlopes(window), window.size());
      double x = line.projectionDate().toEpochDay();
      double a = TrendEstimator.medianIntercept(window, slopes[0]) + slopes[0] * x;
      double b = TrendEstimator.medianIntercept(window, slopes[1]) + slopes[1] * x;
      Optional<LocalDate> eta = eta(metric, daily, day -> line.valueOn(LocalDate.ofEpochDay(day)));
      return Optional.of(
          outlook(OutlookModel.LINE, line.projection(), a, b, line, eta, Optional.empty(), clamp));
    }

    LocalDate origin = points.get(0).date();
    double[] t = HoldoutChooser.days(origin, points);
    double[] y = HoldoutChooser.values(points);
    CurveFitter.Fit fit = new CurveFitter(t).fit(y);
    SaturatingCurve curve =
        new SaturatingCurve(fit.asymptote(), fit.start(), fit.tauDays(), origin);
    double at = ChronoUnit.DAYS.between(origin, line.projectionDate());
    double[] band = new CurveBootstrap().band(t, y, fit, at);
    Optional<LocalDate> eta = eta(metric, daily, day -> curve.valueOn(LocalDate.ofEpochDay(day)));
    return Optional.of(
        outlook(
            OutlookModel.CURVE,
            fit.valueAt(at),
            band[0],
            band[1],
            line,
            eta,
            Optional.of(curve),
            clamp));
  }

  private static Outlook outlook(
      OutlookModel model,
      double value,
      double boundA,
      double boundB,
      Trend line,
      Optional<LocalDate> eta,
      Optional<SaturatingCurve> curve,
      OutlookClamp clamp) {
    double low = Math.min(value, Math.min(boundA, boundB));
    double high = Math.max(value, Math.max(boundA, boundB));
    return new Outlook(
        model,
        clamp.apply(value),
        clamp.apply(low),
        clamp.apply(high),
        line.projectionDate(),
        eta,
        curve);
  }

  /**
   * The first day after the last observation on which the model meets the target, looking {@value
   * #ETA_HORIZON_DAYS} days ahead; empty without a target or when the last daily value meets it.
   */
  private static Optional<LocalDate> eta(
      Metric metric, List<DailyValue> daily, LongToDoubleFunction valueOnEpochDay) {
    if (metric.target().isEmpty()) return Optional.empty();
    double target = metric.target().getAsDouble();
    boolean higher = metric.better() == Better.HIGHER;
    DailyValue last = daily.get(daily.size() - 1);
    if (TrendEstimator.meets(last.value(), target, higher)) return Optional.empty();
    long from = last.date().toEpochDay();
    for (long day = from + 1; day <= from + ETA_HORIZON_DAYS; day++) {
      if (TrendEstimator.meets(valueOnEpochDay.applyAsDouble(day), target, higher)) {
        return Optional.of(LocalDate.ofEpochDay(day));
      }
    }
    return Optional.empty();
  }
}
