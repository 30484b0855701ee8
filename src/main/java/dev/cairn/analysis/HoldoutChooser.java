package dev.cairn.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Chooses between the line and the curve by how well each, fitted on every weekly value but the
 * last {@value #HOLDOUT_WEEKS}, predicts those: the curve only when its mean absolute error is at
 * least 10 % lower, and errors within 1 % of the observed range count as a tie, which the line
 * wins.
 *
 * <p>Both are fitted to the same weekly values, each standing at its week's start: the line by
 * Theil–Sen, the curve by {@link CurveFitter}.
 */
final class HoldoutChooser {

  static final int HOLDOUT_WEEKS = 3;
  static final double CURVE_ADVANTAGE = 0.9;
  static final double TIE_SHARE_OF_RANGE = 0.01;

  /** Errors of both models on the held-out weeks; {@code model} is the one chosen. */
  record Result(double lineError, double curveError, OutlookModel model) {}

  /** {@code weekly}: at least {@value #HOLDOUT_WEEKS} + 3 weekly values, by date. */
  Result choose(List<DailyValue> weekly) {
    List<DailyValue> training = weekly.subList(0, weekly.size() - HOLDOUT_WEEKS);
    List<DailyValue> held = weekly.subList(weekly.size() - HOLDOUT_WEEKS, weekly.size());

    double slope = TrendEstimator.medianSlope(training);
    double intercept = TrendEstimator.medianIntercept(training, slope);

    LocalDate origin = weekly.get(0).date();
    CurveFitter.Fit curve = new CurveFitter(days(origin, training)).fit(values(training));

    double lineError = 0;
    double curveError = 0;
    for (DailyValue v : held) {
      lineError += Math.abs(v.value() - (intercept + slope * v.date().toEpochDay()));
      curveError += Math.abs(v.value() - curve.valueAt(ChronoUnit.DAYS.between(origin, v.date())));
    }
    lineError /= held.size();
    curveError /= held.size();

    double[] all = values(weekly);
    return new Result(lineError, curveError, decide(lineError, curveError, max(all) - min(all)));
  }

  /** The curve when its error is at least 10 % lower and not within 1 % of {@code range}. */
  static OutlookModel decide(double lineError, double curveError, double range) {
    boolean tie = Math.abs(lineError - curveError) <= TIE_SHARE_OF_RANGE * range;
    boolean curveWins = !tie && curveError <= CURVE_ADVANTAGE * lineError;
    return curveWins ? OutlookModel.CURVE : OutlookModel.LINE;
  }

  static double[] days(LocalDate origin, List<DailyValue> values) {
    return values.stream().mapToDouble(v -> ChronoUnit.DAYS.between(origin, v.date())).toArray();
  }

  static double[] values(List<DailyValue> values) {
    return values.stream().mapToDouble(DailyValue::value).toArray();
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) m = Math.max(m, x);
    return m;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) m = Math.min(m, x);
    return m;
  }
}
