package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Log;
import dev.cairn.model.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyValueCalculatorTest {

  // Three logs on 2026-10-05 with x = 3 (a.md), 8 (b.md), 4 (c.md), handed over out of path order.
  // sum = 15; best/higher = 8; best/lower = 3; mean = 15 / 3 = 5; last by path (c.md) = 4.
  private final List<Log> sameDay =
      List.of(
          log("2026-10-05", "g").path("content/logs/c.md").value("x", 4).build(),
          log("2026-10-05", "g").path("content/logs/a.md").value("x", 3).build(),
          log("2026-10-05", "g").path("content/logs/b.md").value("x", 8).value("y", 1).build());

  @ParameterizedTest(name = "{0} ({1}) of 3, 8, 4 is {2}")
  @CsvSource({
    "SUM, HIGHER, 15",
    "BEST, HIGHER, 8",
    "BEST, LOWER, 3",
    "MEAN, HIGHER, 5",
    "LAST, HIGHER, 4",
    "LAST, LOWER, 4"
  })
  void combinesTheLogsOfOneDayByAggregate(Aggregate aggregate, Better better, double expected) {
    List<DailyValue> daily =
        new DailyValueCalculator()
            .daily(metric("x", MetricKind.MASTERY, better, aggregate), sameDay);
    assertEquals(List.of(new DailyValue(day("2026-10-05"), expected)), daily);
  }

  @Test
  void givesOneValuePerDayInDateOrderAndSkipsDaysWithoutTheMetric() {
    List<Log> logs =
        List.of(
            log("2026-10-07", "g").value("x", 2).build(),
            log("2026-10-05", "g").value("x", 1).build(),
            log("2026-10-06", "g").value("y", 9).build());
    List<DailyValue> daily =
        new DailyValueCalculator()
            .daily(metric("x", MetricKind.ACTIVITY, Better.HIGHER, Aggregate.SUM), logs);
    assertEquals(
        List.of(new DailyValue(day("2026-10-05"), 1), new DailyValue(day("2026-10-07"), 2)), daily);
  }
}
