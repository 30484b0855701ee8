package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.mastery;
import static dev.cairn.analysis.Fixtures.metric;
import static dev.cairn.analysis.Fixtures.withTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrendEstimatorTest {

  private static final double EPS = 1e-9;
  private static final LocalDate DAY0 = day("2026-10-05");
  private final TrendEstimator estimator = new TrendEstimator();

  /** Daily values on DAY0 + t for t = 0, 1, 2, … */
  private static List<DailyValue> consecutive(double... values) {
    List<DailyValue> daily = new ArrayList<>();
    for (int t = 0; t < values.length; t++) daily.add(new DailyValue(DAY0.plusDays(t), values[t]));
    return daily;
  }

  @Test
  void fitsTheMedianSlopeAndMedianInterceptWorkedByHand() {
    // t = 0..3, y = 10, 12, 13, 17. Pairwise slopes: 2, 3/2, 7/3, 1, 5/2, 4;
    // sorted 1, 1.5, 2, 2.333, 2.5, 4 → median (2 + 7/3) / 2 = 13/6.
    // y − 13/6·t in sixths: 60, 59, 52, 63 → median (59 + 60) / 2 / 6 = 119/12 at t = 0.
    // Projection on 2026-10-08 + 182 = 2027-04-08 (t = 185): 119/12 + 13/6·185 = 4929/12 = 410.75.
    // Target 30: t* = (30 − 119/12)·6/13 = 241/26 = 9.27 → first whole day t = 10 = 2026-10-15
    // (t = 9 gives 29.42, t = 10 gives 31.58).
    Trend trend =
        estimator.estimate(withTarget(mastery("x"), 30), consecutive(10, 12, 13, 17)).orElseThrow();
    assertEquals(13.0 / 6, trend.slopePerDay(), EPS);
    assertEquals(119.0 / 12, trend.valueOn(DAY0), 1e-7);
    assertEquals(4, trend.points());
    assertEquals(day("2027-04-08"), trend.projectionDate());
    assertEquals(410.75, trend.projection(), 1e-7);
    assertEquals(Optional.of(day("2026-10-15")), trend.eta());
  }

  @Test
  void findsTheEtaOfALowerIsBetterMetric() {
    // t = 0..3, y = 20, 18, 17, 15. Slopes −2, −1.5, −5/3, −1, −1.5, −2; sorted
    // −2, −2, −5/3, −1.5, −1.5, −1 → median (−5/3 − 1.5) / 2 = −19/12.
    // y + 19/12·t in twelfths: 240, 235, 242, 237 → median 238.5/12 = 19.875.
    // ≤ 10 from t ≥ 9.875·12/19 = 6.24 → t = 7 = 2026-10-12 (t = 6: 10.375, t = 7: 8.79).
    Metric lower = withTarget(metric("s", MetricKind.MASTERY, Better.LOWER, Aggregate.BEST), 10);
    Trend trend = estimator.estimate(lower, consecutive(20, 18, 17, 15)).orElseThrow();
    assertEquals(-19.0 / 12, trend.slopePerDay(), EPS);
    assertEquals(19.875, trend.valueOn(DAY0), 1e-7);
    assertEquals(Optional.of(day("2026-10-12")), trend.eta());
  }

  @Test
  void needsFourPointsInTheLast56Days() {
    assertTrue(estimator.estimate(mastery("x"), consecutive(1, 2, 3)).isEmpty());
    // Last observation 2026-12-01; 2026-10-06 is exactly 56 days before it (outside), 2026-10-07
    // is 55 days before it (inside).
    List<DailyValue> outside =
        List.of(
            new DailyValue(day("2026-10-06"), 1),
            new DailyValue(day("2026-11-29"), 2),
            new DailyValue(day("2026-11-30"), 3),
            new DailyValue(day("2026-12-01"), 4));
    assertTrue(estimator.estimate(mastery("x"), outside).isEmpty());
    List<DailyValue> inside =
        List.of(
            new DailyValue(day("2026-10-07"), 1),
            new DailyValue(day("2026-11-29"), 2),
            new DailyValue(day("2026-11-30"), 3),
            new DailyValue(day("2026-12-01"), 4));
    assertEquals(4, estimator.estimate(mastery("x"), inside).orElseThrow().points());
  }

  @Test
  void hasNoEtaWhenTheSlopePointsAwayFromTheTarget() {
    Trend falling =
        estimator.estimate(withTarget(mastery("x"), 30), consecutive(20, 18, 17, 15)).orElseThrow();
    assertTrue(falling.slopePerDay() < 0);
    assertEquals(Optional.empty(), falling.eta());
    Metric lower = withTarget(metric("s", MetricKind.MASTERY, Better.LOWER, Aggregate.BEST), 5);
    assertEquals(
        Optional.empty(),
        estimator.estimate(lower, consecutive(10, 12, 13, 17)).orElseThrow().eta());
  }

  @Test
  void hasNoEtaWhenFlatOrWithoutTarget() {
    assertEquals(
        Optional.empty(),
        estimator
            .estimate(withTarget(mastery("x"), 30), consecutive(5, 5, 5, 5))
            .orElseThrow()
            .eta());
    assertEquals(
        Optional.empty(),
        estimator.estimate(mastery("x"), consecutive(10, 12, 13, 17)).orElseThrow().eta());
  }

  @Test
  void hasNoEtaWhenTheLastValueAlreadyMeetsTheTarget() {
    // Rising line, last value 17 ≥ target 17.
    assertEquals(
        Optional.empty(),
        estimator
            .estimate(withTarget(mastery("x"), 17), consecutive(10, 12, 13, 17))
            .orElseThrow()
            .eta());
  }

  @Test
  void etaIsTheDayAfterTheLastObservationWhenTheLineIsAlreadyPastTheTarget() {
    // t = 0..4, y = 0, 10, 20, 30, 12. Slopes: six of 10, 3, 2/3, −4, −18; median 10.
    // Residuals 0, 0, 0, 0, −28 → intercept 0 at t = 0: the line is 10·t and meets 25 at t = 3,
    // before the last observation (t = 4, value 12 < 25). Eta is the next day, t = 5.
    Trend trend =
        estimator
            .estimate(withTarget(mastery("x"), 25), consecutive(0, 10, 20, 30, 12))
            .orElseThrow();
    assertEquals(10, trend.slopePerDay(), EPS);
    assertEquals(Optional.of(DAY0.plusDays(5)), trend.eta());
  }

  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  /** n distinct days within the 56-day window ending 2026-12-01 (which is always included). */
  private static List<LocalDate> randomDays(Random random, int n) {
    LocalDate last = day("2026-12-01");
    TreeSet<LocalDate> days = new TreeSet<>(List.of(last));
    while (days.size() < n) days.add(last.minusDays(random.nextInt(56)));
    return new ArrayList<>(days);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isExactOnAStraightLine(long seed) {
    Random random = new Random(seed);
    double slope = random.nextDouble() * 10 - 5;
    double intercept = random.nextDouble() * 1000 - 500 - slope * day("2026-11-01").toEpochDay();
    List<DailyValue> daily = new ArrayList<>();
    for (LocalDate d : randomDays(random, 4 + random.nextInt(40))) {
      daily.add(new DailyValue(d, intercept + slope * d.toEpochDay()));
    }
    Trend trend = estimator.estimate(mastery("x"), daily).orElseThrow();
    assertEquals(slope, trend.slopePerDay(), 1e-9);
    assertEquals(
        intercept + slope * day("2026-12-01").toEpochDay(), trend.valueOn(day("2026-12-01")), 1e-6);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isUnmovedByOneWildOutlier(long seed) {
    Random random = new Random(seed);
    double slope = random.nextDouble() * 10 - 5;
    double intercept = random.nextDouble() * 1000 - 500 - slope * day("2026-11-01").toEpochDay();
    List<LocalDate> days = randomDays(random, 5 + random.nextInt(40));
    int wild = random.nextInt(days.size());
    double jump = (random.nextBoolean() ? 1 : -1) * 1e6;
    List<DailyValue> daily = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      double y = intercept + slope * days.get(i).toEpochDay();
      daily.add(new DailyValue(days.get(i), i == wild ? y + jump : y));
    }
    Trend trend = estimator.estimate(mastery("x"), daily).orElseThrow();
    assertEquals(slope, trend.slopePerDay(), 1e-9);
    assertEquals(
        intercept + slope * day("2026-12-01").toEpochDay(), trend.valueOn(day("2026-12-01")), 1e-6);
  }
}
