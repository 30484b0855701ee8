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

  // τs are bounded in blocks of this many: the first of a block is fitted, the rest only when the
  // block might hold a better fit.
  private static final int BLOCK = 8;

  private final double[][] decay;
  private final double[][] centred;
  private final double[] decayMean;
  private final double[] decaySpread;
  // Per block: how far any τ's centred e^(−t/τ) lies from the first's, and the least spread.
  private final double[] blockReach;
  private final double[] blockSpread;

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
    int blocks = (decay.length + BLOCK - 1) / BLOCK;
    blockReach = new double[blocks];
    blockSpread = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      int first = b * BLOCK;
      blockSpread[b] = Double.POSITIVE_INFINITY;
      for (int k = first; k < Math.min(first + BLOCK, decay.length); k++) {
        double d = 0;
        for (int i = 0; i < t.length; i++) {
          double diff = centred[k][i] - centred[first][i];
          d += diff * diff;
        }
        blockReach[b] = Math.max(blockReach[b], Math.sqrt(d));
        blockSpread[b] = Math.min(blockSpread[b], decaySpread[k]);
      }
    }
  }

  /**
   * The best fit to {@code y}: the one summing every τ's squared error and keeping the first
   * smallest gives. What depends on the days alone (each τ's e^(−t/τ), its mean and spread) is
   * computed once in the constructor, and most τs are ruled out without summing their error: for
   * least squares a τ's error is Syy − Suy²/Suu, so a τ whose error so computed is clearly above
   * the best so far is passed over, and so is a whole block of τs whose Suy cannot reach far enough
   * from its first τ's (Cauchy–Schwarz) to beat the best of the blocks' first τs.
   */
  Fit fit(double[] y) {
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
    double norm = Math.sqrt(syy);
    double[] firstSuy = new double[blockReach.length];
    double bound = Double.POSITIVE_INFINITY;
    for (int b = 0; b < blockReach.length; b++) {
      firstSuy[b] = suy(b * BLOCK, yc);
      bound = Math.min(bound, error(b * BLOCK, y, meanY, firstSuy[b]));
    }
    int bestK = -1;
    double bestError = Double.POSITIVE_INFINITY;
    for (int b = 0; b < blockReach.length; b++) {
      if (blockSpread[b] > 0) {
        double reach = Math.abs(firstSuy[b]) + blockReach[b] * norm;
        if (syy - reach * reach / blockSpread[b] > bound + margin) continue;
      }
      for (int k = b * BLOCK; k < Math.min((b + 1) * BLOCK, decay.length); k++) {
        double suy = k == b * BLOCK ? firstSuy[b] : suy(k, yc);
        double c = slope(k, suy);
        if (syy - c * suy > bestError + margin) continue;
        double error = error(k, y, meanY, suy);
        if (error < bestError) {
          bestError = error;
          bestK = k;
        }
      }
    }
    double c = slope(bestK, suy(bestK, yc));
    double a = meanY - c * decayMean[bestK];
    return new Fit(a, a + c, MIN_TAU_DAYS + bestK);
  }

  private double suy(int k, double[] yc) {
    double[] uc = centred[k];
    double suy = 0;
    for (int i = 0; i < yc.length; i++) suy += uc[i] * yc[i];
    return suy;
  }

  private double slope(int k, double suy) {
    return decaySpread[k] == 0 ? 0 : suy / decaySpread[k];
  }

  /** τ's squared error summed over the values, as a fit with that τ alone leaves it. */
  private double error(int k, double[] y, double meanY, double suy) {
    double c = slope(k, suy);
    double a = meanY - c * decayMean[k];
    double[] u = decay[k];
    double error = 0;
    for (int i = 0; i < y.length; i++) {
      double r = y[i] - (a + c * u[i]);
      error += r * r;
    }
    return error;
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double x : v) sum += x;
    return sum / v.length;
  }
}
