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

  // How far a τ's error from the closed form may lie from its summed error, as shares of the
  // spread of y and of n·max|y|²: far above the rounding of either (about 1e-13 of them).
  private static final double SPREAD_MARGIN = 1e-9;
  private static final double SCALE_MARGIN = 1e-12;

  private final double[][] decay;
  private final double[][] centred;
  private final double[] decayMean;
  private final double[] decaySpread;

  /** {@code t}: the days of the values to fit, at least two of them distinct. */
  CurveFitter(double[] t) {
    decay = new double[MAX_TAU_DAYS - MIN_TAU_DAYS + 1][t.length];
    centred = new double[decay.length][t.length];
    decayMean = new double[decay.length];
    decaySpread = new double[decay.length];
    for (int k = 0; k < decay.length; k++) {
      for (int i = 0; i < t.length; i++) decay[k][i] = Math.exp(-t[i] / (MIN_TAU_DAYS + k));
      double meanU = mean(decay[k]);
      double suu = 0;
      for (double u : decay[k]) suu += (u - meanU) * (u - meanU);
      for (int i = 0; i < t.length; i++) centred[k][i] = decay[k][i] - meanU;
      decayMean[k] = meanU;
      decaySpread[k] = suu;
    }
  }

  /**
   * The best fit to {@code y}. What depends on the days alone (each τ's e^(−t/τ), its mean and
   * spread) is computed once in the constructor. A τ whose least error, Syy − Suy²/Suu, is clearly
   * above the best so far cannot be the best, so its error is summed only when it might be: the
   * result is the one summing every τ's error gives, at about half the cost.
   */
  Fit fit(double[] y) {
    int bestK = -1;
    double bestA = 0;
    double bestC = 0;
    double bestError = Double.POSITIVE_INFINITY;
    double meanY = mean(y);
    double[] yc = new double[y.length];
    double syy = 0;
    double largest = 0;
    for (int i = 0; i < y.length; i++) {
      yc[i] = y[i] - meanY;
      syy += yc[i] * yc[i];
      largest = Math.max(largest, Math.abs(y[i]));
    }
    double margin =
        SPREAD_MARGIN * syy + SCALE_MARGIN * y.length * largest * largest + Double.MIN_NORMAL;
    for (int k = 0; k < decay.length; k++) {
      double[] uc = centred[k];
      double suu = decaySpread[k];
      double suy = 0;
      for (int i = 0; i < y.length; i++) suy += uc[i] * yc[i];
      double c = suu == 0 ? 0 : suy / suu;
      if (syy - c * suy > bestError + margin) continue;
      double[] u = decay[k];
      double a = meanY - c * decayMean[k];
      double error = 0;
      for (int i = 0; i < y.length; i++) {
        double r = y[i] - (a + c * u[i]);
        error += r * r;
      }
      if (error < bestError) {
        bestError = error;
        bestK = k;
        bestA = a;
        bestC = c;
      }
    }
    return new Fit(bestA, bestA + bestC, MIN_TAU_DAYS + bestK);
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) sum += x;
    return sum / v.length;
  }
}
