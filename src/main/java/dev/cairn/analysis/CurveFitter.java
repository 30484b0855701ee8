package dev.cairn.analysis;

/**
 * Least-squares fits of y = A − (A − B)·e^(−t/τ) for every whole τ from {@value #MIN_TAU_DAYS} to
 * {@value #MAX_TAU_DAYS} days, keeping the τ with the smallest squared error (the shortest τ on a
 * tie). For a fixed τ the curve is linear in A and B: with u = e^(−t/τ), y = A + (B − A)·u.
 *
 * <p>The e^(−t/τ) table depends only on the days, so refits of other values on the same days (the
 * bootstrap) reuse it.
 */
final class CurveFitter {

  static final int MIN_TAU_DAYS = 7;
  static final int MAX_TAU_DAYS = 730;

  /** A, B and τ of the best fit, t in days. */
  record Fit(double asymptote, double start, double tauDays) {
    double valueAt(double t) {
      return asymptote - (asymptote - start) * Math.exp(-t / tauDays);
    }
  }

  private final double[][] decay;
  private final double[] decayMean;
  private final double[] decaySpread;

  /** {@code t}: the days of the values to fit, at least two of them distinct. */
  CurveFitter(double[] t) {
    decay = new double[MAX_TAU_DAYS - MIN_TAU_DAYS + 1][t.length];
    decayMean = new double[decay.length];
    decaySpread = new double[decay.length];
    for (int k = 0; k < decay.length; k++) {
      for (int i = 0; i < t.length; i++) decay[k][i] = Math.exp(-t[i] / (MIN_TAU_DAYS + k));
      double meanU = mean(decay[k]);
      double suu = 0;
      for (double u : decay[k]) suu += (u - meanU) * (u - meanU);
      decayMean[k] = meanU;
      decaySpread[k] = suu;
    }
  }

  /**
   * The best fit to {@code y}. What depends on the days alone (each τ's mean and spread of
   * e^(−t/τ)) is computed once in the constructor, so a refit costs two passes per τ.
   */
  Fit fit(double[] y) {
    Fit best = null;
    double bestError = Double.POSITIVE_INFINITY;
    double meanY = mean(y);
    for (int k = 0; k < decay.length; k++) {
      double[] u = decay[k];
      double meanU = decayMean[k];
      double suu = decaySpread[k];
      double suy = 0;
      for (int i = 0; i < y.length; i++) suy += (u[i] - meanU) * (y[i] - meanY);
      double c = suu == 0 ? 0 : suy / suu;
      double a = meanY - c * meanU;
      double error = 0;
      for (int i = 0; i < y.length; i++) {
        double r = y[i] - (a + c * u[i]);
        error += r * r;
      }
      if (error < bestError) {
        bestError = error;
        best = new Fit(a, a + c, MIN_TAU_DAYS + k);
      }
    }
    return best;
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) sum += x;
    return sum / v.length;
  }
}
