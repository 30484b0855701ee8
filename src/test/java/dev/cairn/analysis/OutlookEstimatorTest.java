package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.mastery;
import static dev.cairn.analysis.Fixtures.withBounds;
import static dev.cairn.analysis.Fixtures.withTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Metric;
import dev.cairn.model.WeekStart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two fixtures have one value a week, on Mondays from 2026-06-01 (t = 0, 7, …, 91 days), so
 * daily and weekly values coincide. The last observation is 2026-08-31; the projection date is 182
 * days later, 2027-03-01 (t = 273).
 */
class OutlookEstimatorTest {

  private static final LocalDate DAY0 = day("2026-06-01");
  private static final LocalDate PROJECTION = day("2027-03-01");

  /** y = 60 − 45·e^(−t/50), rounded to tenths as someone would log it. */
  static final double[] CURVE = {
    15.0, 20.9, 26.0, 30.4, 34.3, 37.7, 40.6, 43.1, 45.3, 47.2, 48.9, 50.4, 51.6, 52.7
  };

  /** y = 20 + t/2 + noise of −1, 0.5, −0.5, 1, 0 repeating. */
  static final double[] LINE = {
    19.0, 24.0, 26.5, 31.5, 34.0, 36.5, 41.5, 44.0, 49.0, 51.5, 54.0, 59.0, 61.5, 66.5
  };

  private final OutlookEstimator estimator = new OutlookEstimator();

  static List<DailyValue> weekly(double... values) {
    List<DailyValue> daily = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      daily.add(new DailyValue(DAY0.plusWeeks(i), values[i]));
    }
    return daily;
  }

  private Optional<Outlook> outlook(Metric metric, double... values) {
    List<DailyValue> daily = weekly(values);
    List<WeeklyValue> weeks =
        new WeeklyValueCalculator(new WeekCalendar(WeekStart.MONDAY)).weekly(metric, daily);
    Optional<Trend> trend = new TrendEstimator().estimate(metric, daily);
    return estimator.estimate(metric, daily, weeks, trend);
  }

  @Test
  void aLevellingOffSkillGetsTheCurveNearItsAsymptote() {
    // Holdout: fitted on weeks 0–10, the line (Theil–Sen: slope 0.45952, intercept 19.567)
    // predicts 54.95, 58.17, 61.38 for weeks 11–13 (observed 50.4, 51.6, 52.7): mean error 6.60.
    // The curve fitted on the same weeks has τ = 50, A = 59.99, B = 15.01 and predicts 50.35,
    // 51.60, 52.70: mean error 0.02, far more than 10 % lower and not a tie (1 % of the range
    // 37.7 is 0.377), so the curve is chosen.
    // Refitted on all 14 weeks: τ = 50, A = 59.997, B = 15.009; on t = 273 the curve is
    // 59.997 − 44.988·e^(−5.46) = 59.805, with 0.4 % of its way still ahead: levelling off.
    // The line "at this pace" (slope 0.242857 over t = 42…91) would say 97.75.
    Outlook o = outlook(mastery("wpm"), CURVE).orElseThrow();
    assertEquals(OutlookModel.CURVE, o.model());
    assertEquals(59.805, o.value(), 0.001);
    assertTrue(Math.abs(o.value() - 60) < 6, "within 10 % of 60");
    assertEquals(50, o.curve().orElseThrow().tauDays());
    assertEquals(59.997, o.curve().orElseThrow().asymptote(), 0.001);
    assertTrue(o.levellingOff());
    assertEquals(PROJECTION, o.projectionDate());
    // Residual bootstrap, 200 refits, seed 20261202: 5th and 95th percentile.
    assertEquals(59.787, o.low(), 0.001);
    assertEquals(59.828, o.high(), 0.001);
    assertTrue(o.low() <= o.value() && o.value() <= o.high());
  }

  @Test
  void aStraightLineKeepsTheLineAndSensBand() {
    // Holdout: the line fitted on weeks 0–10 (slope 0.5, intercept 20) predicts 58.5, 62, 65.5
    // (observed 59.0, 61.5, 66.5): mean error 0.667. The curve (τ = 421) predicts 57.67, 60.81,
    // 63.90: mean error 1.54. The line wins.
    // The trend over t = 42…91 (8 points, 28 slopes): slope 0.5, intercept 20.25, so on t = 273
    // the line says 20.25 + 136.5 = 156.75.
    // Sen's interval: C = 1.6449·√(8·7·21/18) = 13.2952; ranks (28 − C)/2 = 7.3524 and
    // (28 + C)/2 + 1 = 21.6476. Sorted slopes 7 and 8 are 0.446429 and 0.476190, so the low
    // slope is 0.446429 + 0.3524·0.029762 = 0.456917; slopes 21 and 22 are both 0.535714.
    // Carried to t = 273 with the median intercept of each slope: 147.655 and 164.0.
    Outlook o = outlook(mastery("wpm"), LINE).orElseThrow();
    assertEquals(OutlookModel.LINE, o.model());
    assertEquals(156.75, o.value(), 1e-9);
    assertEquals(147.655, o.low(), 0.001);
    assertEquals(164.0, o.high(), 1e-9);
    assertTrue(o.curve().isEmpty());
    assertFalse(o.levellingOff());
  }

  @Test
  void theOutlookWaitsForSixWeeksWithAValue() {
    assertTrue(outlook(mastery("wpm"), 10, 11, 12, 13, 14).isEmpty());
    assertTrue(outlook(mastery("wpm"), 10, 11, 12, 13, 14, 15).isPresent());
  }

  @Test
  void theEtaIsTheFirstDayTheChosenModelMeetsTheTarget() {
    // The line of the straight fixture: 20.25 + t/2 meets 80 on t = 119.5, so on day 120,
    // 2026-09-29. The curve never reaches 70 (A ≈ 60) within two years; 55 it meets where
    // 45.0·e^(−t/50) ≤ 5.0, t ≥ 50·ln 9 = 109.9 → day 110, 2026-09-19.
    assertEquals(
        Optional.of(day("2026-09-29")), outlook(withTarget(mastery("w"), 80), LINE).get().eta());
    assertEquals(Optional.empty(), outlook(withTarget(mastery("w"), 70), CURVE).get().eta());
    assertEquals(
        Optional.of(day("2026-09-19")), outlook(withTarget(mastery("w"), 55), CURVE).get().eta());
    // Already met by the last value: no eta.
    assertEquals(Optional.empty(), outlook(withTarget(mastery("w"), 50), CURVE).get().eta());
  }

  @Test
  void declaredBoundsHoldEveryFigure() {
    // The line says 156.75 (band 147.655–164.0); a max of 150 holds the value and the top.
    Outlook o = outlook(withBounds(mastery("score"), Double.NaN, 150), LINE).orElseThrow();
    assertEquals(150, o.value());
    assertEquals(147.655, o.low(), 0.001);
    assertEquals(150, o.high());
  }
}
