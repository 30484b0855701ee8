package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import dev.cairn.model.WeekStart;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class WeeklyValueCalculatorTest {

  private final WeeklyValueCalculator monday =
      new WeeklyValueCalculator(new WeekCalendar(WeekStart.MONDAY));

  // Daily values: Mon 2026-10-05 = 10, Wed 2026-10-07 = 5 (both W41), nothing in W42,
  // Wed 2026-10-21 = 4 (W43).
  private final List<DailyValue> daily =
      List.of(
          new DailyValue(day("2026-10-05"), 10),
          new DailyValue(day("2026-10-07"), 5),
          new DailyValue(day("2026-10-21"), 4));

  private static Metric metricWith(Aggregate aggregate, Better better) {
    return metric("x", MetricKind.MASTERY, better, aggregate);
  }

  private static List<String> render(List<WeeklyValue> weekly) {
    return weekly.stream()
        .map(
            w ->
                w.week()
                    + "@"
                    + w.start()
                    + "="
                    + (w.value().isPresent() ? w.value().getAsDouble() : "none"))
        .toList();
  }

  @Test
  void sumCountsAnEmptyWeekAsZero() {
    // W41 = 10 + 5 = 15; W42 has no entry: 0; W43 = 4.
    assertEquals(
        List.of("2026-W41@2026-10-05=15.0", "2026-W42@2026-10-12=0.0", "2026-W43@2026-10-19=4.0"),
        render(monday.weekly(metricWith(Aggregate.SUM, Better.HIGHER), daily)));
  }

  @Test
  void bestLeavesAnEmptyWeekWithoutValue() {
    // W41 = max(10, 5) = 10; W42 none; W43 = 4.
    assertEquals(
        List.of("2026-W41@2026-10-05=10.0", "2026-W42@2026-10-12=none", "2026-W43@2026-10-19=4.0"),
        render(monday.weekly(metricWith(Aggregate.BEST, Better.HIGHER), daily)));
    // better: lower, W41 = min(10, 5) = 5.
    assertEquals(
        "2026-W41@2026-10-05=5.0",
        render(monday.weekly(metricWith(Aggregate.BEST, Better.LOWER), daily)).get(0));
  }

  @Test
  void meanAndLastCombineDailyValuesNotLogs() {
    // mean of the days: (10 + 5) / 2 = 7.5; last day of W41 is 2026-10-07: 5.
    assertEquals(
        7.5,
        monday
            .weekly(metricWith(Aggregate.MEAN, Better.HIGHER), daily)
            .get(0)
            .value()
            .getAsDouble());
    assertEquals(
        5,
        monday
            .weekly(metricWith(Aggregate.LAST, Better.HIGHER), daily)
            .get(0)
            .value()
            .getAsDouble());
    assertEquals(
        OptionalDouble.empty(),
        monday.weekly(metricWith(Aggregate.MEAN, Better.HIGHER), daily).get(1).value());
  }

  @Test
  void namesSundayStartWeeksAfterTheirMonday() {
    // Sunday 2026-10-04 and Saturday 2026-10-10 share the week from Sunday 10-04, named by
    // Monday 10-05 = 2026-W41: one week, 3 + 4 = 7. With Monday weeks they fall in W40 and W41.
    List<DailyValue> days =
        List.of(new DailyValue(day("2026-10-04"), 3), new DailyValue(day("2026-10-10"), 4));
    Metric sum = metricWith(Aggregate.SUM, Better.HIGHER);
    assertEquals(
        List.of("2026-W41@2026-10-04=7.0"),
        render(new WeeklyValueCalculator(new WeekCalendar(WeekStart.SUNDAY)).weekly(sum, days)));
    assertEquals(
        List.of("2026-W40@2026-09-28=3.0", "2026-W41@2026-10-05=4.0"),
        render(monday.weekly(sum, days)));
  }

  @Test
  void crossesTheYearBoundaryThroughWeek53() {
    List<DailyValue> days =
        List.of(new DailyValue(day("2026-12-31"), 1), new DailyValue(day("2027-01-04"), 2));
    assertEquals(
        List.of("2026-W53@2026-12-28=1.0", "2027-W01@2027-01-04=2.0"),
        render(monday.weekly(metricWith(Aggregate.BEST, Better.HIGHER), days)));
  }

  @Test
  void hasNoWeeksWithoutObservations() {
    assertTrue(monday.weekly(metricWith(Aggregate.SUM, Better.HIGHER), List.of()).isEmpty());
  }
}
