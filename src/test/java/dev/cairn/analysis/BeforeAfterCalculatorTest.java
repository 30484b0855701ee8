package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BeforeAfterCalculatorTest {

  private static final double EPS = 1e-12;
  private static final Metric HIGHER =
      metric("x", MetricKind.MASTERY, Better.HIGHER, Aggregate.BEST);
  private static final Metric LOWER = metric("x", MetricKind.MASTERY, Better.LOWER, Aggregate.BEST);
  private static final Metric SUM = metric("x", MetricKind.ACTIVITY, Better.HIGHER, Aggregate.SUM);

  /** Consecutive weeks from Monday 2026-10-05; {@code null} is a week without value. */
  static List<WeeklyValue> weeks(Double... values) {
    WeekCalendar calendar = new WeekCalendar(dev.cairn.model.WeekStart.MONDAY);
    List<WeeklyValue> weekly = new ArrayList<>();
    LocalDate start = LocalDate.of(2026, 10, 5);
    for (Double v : values) {
      weekly.add(
          new WeeklyValue(
              calendar.weekOf(start),
              start,
              v == null ? OptionalDouble.empty() : OptionalDouble.of(v)));
      start = start.plusWeeks(1);
    }
    return weekly;
  }

  private final BeforeAfterCalculator window2 = new BeforeAfterCalculator(2);

  @Test
  void comparesTheFirstAndLastWindowWithExactlyTwiceTheWindow() {
    // 4 weeks = 2 × 2: baseline (10 + 12) / 2 = 11, current (14 + 20) / 2 = 17, change 6,
    // change_pct 6 / 11 × 100 = 54.5454…
    BeforeAfter b = window2.compare(HIGHER, weeks(10.0, 12.0, 14.0, 20.0));
    assertEquals(BeforeAfter.Status.OK, b.status());
    assertEquals(11, b.baseline().getAsDouble(), EPS);
    assertEquals(17, b.current().getAsDouble(), EPS);
    assertEquals(6, b.change().getAsDouble(), EPS);
    assertEquals(54.54545454545455, b.changePct().getAsDouble(), EPS);
    assertEquals(Optional.of(true), b.improved());
    assertEquals(0, b.weeksNeeded());
  }

  @Test
  void isTooEarlyOneWeekShort() {
    BeforeAfter b = window2.compare(HIGHER, weeks(10.0, 12.0, 14.0));
    assertEquals(BeforeAfter.Status.TOO_EARLY, b.status());
    assertEquals(1, b.weeksNeeded());
    assertTrue(
        b.baseline().isEmpty()
            && b.current().isEmpty()
            && b.change().isEmpty()
            && b.changePct().isEmpty());
    assertEquals(Optional.empty(), b.improved());
    assertEquals(4, window2.compare(HIGHER, weeks()).weeksNeeded());
    assertEquals(5, new BeforeAfterCalculator(3).compare(HIGHER, weeks(1.0)).weeksNeeded());
  }

  @Test
  void lowerIsBetterImprovesWhenTheValueFalls() {
    // baseline (30 + 28) / 2 = 29, current (25 + 21) / 2 = 23, change −6, pct −6 / 29 × 100.
    BeforeAfter b = window2.compare(LOWER, weeks(30.0, 28.0, 25.0, 21.0));
    assertEquals(-6, b.change().getAsDouble(), EPS);
    assertEquals(-20.689655172413794, b.changePct().getAsDouble(), EPS);
    assertEquals(Optional.of(true), b.improved());
    assertEquals(
        Optional.of(false), window2.compare(HIGHER, weeks(30.0, 28.0, 25.0, 21.0)).improved());
  }

  @Test
  void leavesChangePctEmptyWhenTheBaselineIsZero() {
    // sum weeks 0, 0 | 5, 3: baseline 0, current 4, change 4, no percentage.
    BeforeAfter b = window2.compare(SUM, weeks(0.0, 0.0, 5.0, 3.0));
    assertEquals(0, b.baseline().getAsDouble());
    assertEquals(4, b.change().getAsDouble(), EPS);
    assertTrue(b.changePct().isEmpty());
    assertEquals(Optional.of(true), b.improved());
  }

  @Test
  void measuresChangePctAgainstTheBaselinesMagnitude() {
    // baseline −10, current −5, change +5; pct 5 / |−10| × 100 = +50.
    assertEquals(
        50,
        window2.compare(HIGHER, weeks(-10.0, -10.0, -5.0, -5.0)).changePct().getAsDouble(),
        EPS);
  }

  @Test
  void skipsWeeksWithoutValueInAWindow() {
    // first window 8, none → 8; last window 12, 14 → 13; change 5; pct 62.5.
    BeforeAfter b = window2.compare(HIGHER, weeks(8.0, null, null, 12.0, 14.0));
    assertEquals(8, b.baseline().getAsDouble(), EPS);
    assertEquals(13, b.current().getAsDouble(), EPS);
    assertEquals(62.5, b.changePct().getAsDouble(), EPS);
  }

  @Test
  void isTooEarlyWhenAWindowHoldsNoValueAtAll() {
    BeforeAfter b = window2.compare(HIGHER, weeks(null, null, 3.0, 4.0));
    assertEquals(BeforeAfter.Status.TOO_EARLY, b.status());
    assertEquals(0, b.weeksNeeded());
  }

  @Test
  void noChangeIsNotAnImprovement() {
    assertEquals(Optional.of(false), window2.compare(HIGHER, weeks(5.0, 7.0, 7.0, 5.0)).improved());
    assertEquals(Optional.of(false), window2.compare(LOWER, weeks(5.0, 7.0, 7.0, 5.0)).improved());
  }

  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  /** A random weekly series: first and last week always hold a value, others may not. */
  private static Double[] randomSeries(Random random, int length, boolean gaps, double constant) {
    Double[] values = new Double[length];
    for (int i = 0; i < length; i++) {
      boolean empty = gaps && i > 0 && i < length - 1 && random.nextInt(3) == 0;
      values[i] =
          empty ? null : (Double.isNaN(constant) ? random.nextDouble() * 200 - 100 : constant);
    }
    return values;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void constantSeriesHasNoChange(long seed) {
    Random random = new Random(seed);
    int window = 1 + random.nextInt(4);
    int length = 2 * window + random.nextInt(10);
    double constant = random.nextDouble() * 2000 - 1000;
    BeforeAfter b =
        new BeforeAfterCalculator(window)
            .compare(HIGHER, weeks(randomSeries(random, length, random.nextBoolean(), constant)));
    assertTrue(b.isOk());
    assertEquals(0.0, b.change().getAsDouble());
    assertEquals(Optional.of(false), b.improved());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void reversingBetterFlipsImproved(long seed) {
    Random random = new Random(seed);
    int window = 1 + random.nextInt(4);
    List<WeeklyValue> series =
        weeks(
            randomSeries(
                random, 2 * window + random.nextInt(10), random.nextBoolean(), Double.NaN));
    BeforeAfterCalculator calculator = new BeforeAfterCalculator(window);
    BeforeAfter higher = calculator.compare(HIGHER, series);
    BeforeAfter lower = calculator.compare(LOWER, series);
    assertEquals(higher.change(), lower.change());
    if (higher.change().getAsDouble() != 0) {
      assertNotEquals(higher.improved(), lower.improved());
    } else {
      assertFalse(higher.improved().orElseThrow() || lower.improved().orElseThrow());
    }
  }
}
