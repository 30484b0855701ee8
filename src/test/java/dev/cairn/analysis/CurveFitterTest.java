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
}
