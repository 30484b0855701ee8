package dev.cairn.analysis;

import java.util.Arrays;
import java.util.Random;

/**
 * The 90 % band of a curve's value at one day: {@value #REFITS} refits to the fitted values plus
 * residuals drawn with replacement, each over the whole τ grid; the band is the 5th and 95th
 * percentile of the refits' values. The seed is fixed, so the band is the same on every build.
 */
final class CurveBootstrap {

  static final int REFITS = 200;
  static final long SEED = 20_261_202L;

  /** {low, high} of the curve's value at day {@code at} (days since the first value). */
  double[] band(double[] t, double[] y, CurveFitter.Fit fit, double at) {
    CurveFitter fitter = new CurveFitter(t);
    double[] fitted = new double[y.length];
    double[] residuals = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      fitted[i] = fit.valueAt(t[i]);
      residuals[i] = y[i] - fitted[i];
    }
    Random random = new Random(SEED);
    double[] outcomes = new double[REFITS];
    double[] resampled = new double[y.length];
    for (int r = 0; r < REFITS; r++) {
      for (int i = 0; i < y.length; i++) {
        resampled[i] = fitted[i] + residuals[random.nextInt(residuals.length)];
      }
      outcomes[r] = fitter.fit(resampled).valueAt(at);
    }
    Arrays.sort(outcomes);
    return new double[] {
      OrderStatistic.quantile(outcomes, 0.05), OrderStatistic.quantile(outcomes, 0.95)
    };
  }
}
