package dev.cairn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CurveFitterTest {

  @Test
  void recoversAnExactCurveOnTheGrid() {
    // y = 60 − 45·e^(−t/50) at t = 0, 7, …, 91: τ = 50 fits with no error.
    double[] t = new double[14];
    double[] y = new double[14];
    for (int i = 0; i < 14; i++) {
      t[i] = 7 * i;
      y[i] = 60 - 45 * Math.exp(-t[i] / 50);
    }
    CurveFitter.Fit fit = new CurveFitter(t).fit(y);
    assertEquals(50, fit.tauDays());
    assertEquals(60, fit.asymptote(), 1e-9);
    assertEquals(15, fit.start(), 1e-9);
    assertEquals(60 - 45 * Math.exp(-273.0 / 50), fit.valueAt(273), 1e-9);
  }

  @Test
  void solvesAAndBByLeastSquaresForEachTau() {
    // Three points at t = 0, 7, 14 with τ = 7: u = 1, e^−1, e^−2 (0.367879, 0.135335).
    // y = A + (B − A)·u is linear in u, so values on such a line fit exactly at τ = 7:
    // A = 10, B = 2 gives y = 2, 7.0570, 8.9173.
    double[] t = {0, 7, 14};
    double[] y = {2, 10 - 8 * Math.exp(-1), 10 - 8 * Math.exp(-2)};
    CurveFitter.Fit fit = new CurveFitter(t).fit(y);
    assertEquals(7, fit.tauDays());
    assertEquals(10, fit.asymptote(), 1e-9);
    assertEquals(2, fit.start(), 1e-9);
  }

  @Test
  void theGridEndsAtTwoYears() {
    // A straight line is a curve with an ever longer τ; the grid stops at 730 days.
    double[] t = {0, 10, 20, 30};
    double[] y = {0, 1, 2, 3};
    assertEquals(CurveFitter.MAX_TAU_DAYS, new CurveFitter(t).fit(y).tauDays());
  }

  @Test
  void flatValuesGiveAFlatCurve() {
    CurveFitter.Fit fit = new CurveFitter(new double[] {0, 7, 14}).fit(new double[] {5, 5, 5});
    assertEquals(5, fit.valueAt(400), 1e-12);
    assertEquals(CurveFitter.MIN_TAU_DAYS, fit.tauDays());
  }

  @Test
  void passingOverHopelessTausGivesTheFitOfSummingEveryError() {
    java.util.Random random = new java.util.Random(7);
    for (int series = 0; series < 300; series++) {
      int n = 6 + random.nextInt(120);
      double[] t = new double[n];
      double[] y = new double[n];
      double offset = series % 3 == 0 ? 1000 : 0;
      double noise = series % 5 == 0 ? 1e-6 : 1 + random.nextInt(10);
      double tau = 7 + random.nextInt(700);
      for (int i = 0; i < n; i++) {
        t[i] = 7 * i + random.nextInt(3);
        y[i] = offset + 40 - 30 * Math.exp(-t[i] / tau) + noise * random.nextGaussian();
      }
      assertEquals(everyError(t, y), new CurveFitter(t).fit(y), "series " + series);
    }
  }

  /** The fit as first written: every τ's squared error summed, the first smallest kept. */
  private static CurveFitter.Fit everyError(double[] t, double[] y) {
    CurveFitter.Fit best = null;
    double bestError = Double.POSITIVE_INFINITY;
    double meanY = 0;
    for (double v : y) meanY += v;
    meanY /= y.length;
    for (int tau = CurveFitter.MIN_TAU_DAYS; tau <= CurveFitter.MAX_TAU_DAYS; tau++) {
      double[] u = new double[t.length];
      for (int i = 0; i < t.length; i++) u[i] = Math.exp(-t[i] / tau);
      double meanU = 0;
      for (double v : u) meanU += v;
      meanU /= u.length;
      double suu = 0;
      for (double v : u) suu += (v - meanU) * (v - meanU);
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
        best = new CurveFitter.Fit(a, a + c, tau);
      }
    }
    return best;
  }
}
