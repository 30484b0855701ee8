package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OutlookClampTest {

  private static final List<DailyValue> POSITIVE =
      List.of(new DailyValue(day("2026-10-05"), 3), new DailyValue(day("2026-10-06"), 0));
  private static final List<DailyValue> SIGNED =
      List.of(new DailyValue(day("2026-10-05"), 3), new DailyValue(day("2026-10-06"), -2));

  @Test
  void noFigureBelowZeroWhenEveryObservationIsZeroOrMore() {
    OutlookClamp clamp = OutlookClamp.of(POSITIVE, OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(0, clamp.apply(-4.5));
    assertEquals(7.25, clamp.apply(7.25));
  }

  @Test
  void aNegativeObservationAllowsNegativeFigures() {
    OutlookClamp clamp = OutlookClamp.of(SIGNED, OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(-4.5, clamp.apply(-4.5));
  }

  @Test
  void declaredMinAndMaxHold() {
    OutlookClamp clamp = OutlookClamp.of(SIGNED, OptionalDouble.of(-1), OptionalDouble.of(100));
    assertEquals(-1, clamp.apply(-4.5));
    assertEquals(100, clamp.apply(111));
    assertEquals(42, clamp.apply(42));
    // A min below 0 does not lift the floor that non-negative observations set.
    assertEquals(
        0, OutlookClamp.of(POSITIVE, OptionalDouble.of(-5), OptionalDouble.empty()).apply(-3));
  }
}
