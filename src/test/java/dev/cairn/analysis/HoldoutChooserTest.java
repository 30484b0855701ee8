package dev.cairn.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HoldoutChooserTest {

  private final HoldoutChooser chooser = new HoldoutChooser();

  @Test
  void theCurveNeedsAnErrorAtLeastTenPercentLower() {
    // Range 1: a tie needs errors within 0.01.
    assertEquals(OutlookModel.CURVE, HoldoutChooser.decide(1.0, 0.9, 1));
    assertEquals(OutlookModel.LINE, HoldoutChooser.decide(1.0, 0.91, 1));
    assertEquals(OutlookModel.CURVE, HoldoutChooser.decide(1.0, 0.2, 1));
  }

  @Test
  void errorsWithinOnePercentOfTheRangeAreATieTheLineWins() {
    // 0.85 is 15 % lower than 1.0, but the difference 0.15 is within 1 % of a range of 20 (0.2).
    assertEquals(OutlookModel.LINE, HoldoutChooser.decide(1.0, 0.85, 20));
    // The same errors on a range of 10 (1 % = 0.1) are no tie.
    assertEquals(OutlookModel.CURVE, HoldoutChooser.decide(1.0, 0.85, 10));
    // Both perfect: a tie.
    assertEquals(OutlookModel.LINE, HoldoutChooser.decide(0, 0, 0));
  }

  @Test
  void holdsOutTheLastThreeWeeks() {
    // The curve fixture (see OutlookEstimatorTest): line error 6.6, curve error 0.0200.
    HoldoutChooser.Result r =
        chooser.choose(OutlookEstimatorTest.weekly(OutlookEstimatorTest.CURVE));
    assertEquals(6.6, r.lineError(), 1e-9);
    assertEquals(0.0200, r.curveError(), 1e-4);
    assertEquals(OutlookModel.CURVE, r.model());
  }

  @Test
  void aCurveOnlySlightlyBetterOnNoisyDataIsATie() {
    // y = 20 + t/2 ± 0.5 alternating, t = 0, 7, …, 91 (20.5, 23, 27.5, …, 65; range 44.5, 1 % =
    // 0.445). The line fitted on weeks 0–10 (median slope 0.5, median intercept 20.5) predicts
    // 59, 62.5, 66 for 58, 62.5, 65: error 2/3. The curve (τ = 730) predicts 58.109, 61.395,
    // 64.651: error 0.521, 22 % lower, but 0.146 apart is within 0.445: a tie, the line wins.
    double[] y = new double[14];
    for (int i = 0; i < 14; i++) y[i] = 20 + 3.5 * i + (i % 2 == 0 ? 0.5 : -0.5);
    HoldoutChooser.Result r = chooser.choose(OutlookEstimatorTest.weekly(y));
    assertEquals(2.0 / 3, r.lineError(), 1e-9);
    assertEquals(0.521, r.curveError(), 1e-3);
    assertEquals(OutlookModel.LINE, r.model());
  }
}
