package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.WeekStart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeekCalendarTest {

  private final WeekCalendar monday = new WeekCalendar(WeekStart.MONDAY);
  private final WeekCalendar sunday = new WeekCalendar(WeekStart.SUNDAY);

  @ParameterizedTest(name = "{0} is in {1} starting {2}")
  @CsvSource({
    // Thursday 2026-12-31 belongs to the 53rd ISO week of 2026 (that year has 53 weeks).
    "2026-12-31, 2026-W53, 2026-12-28",
    // Sunday 2027-01-03 is still the last day of 2026-W53.
    "2027-01-03, 2026-W53, 2026-12-28",
    "2027-01-04, 2027-W01, 2027-01-04",
    // Monday 2024-12-30 starts the first ISO week of 2025.
    "2024-12-30, 2025-W01, 2024-12-30",
    "2024-12-29, 2024-W52, 2024-12-23",
    "2026-11-20, 2026-W47, 2026-11-16",
  })
  void namesMondayStartWeeksByIsoWeek(String date, String week, String start) {
    assertEquals(week, monday.weekOf(day(date)).toString());
    assertEquals(day(start), monday.startOf(day(date)));
  }

  @ParameterizedTest(name = "{0} is in {1} starting {2}")
  @CsvSource({
    // Sunday 2026-11-22 starts the week whose Monday 2026-11-23 is in ISO 2026-W48.
    "2026-11-22, 2026-W48, 2026-11-22",
    "2026-11-28, 2026-W48, 2026-11-22",
    // Saturday 2026-11-21 belongs to the week from Sunday 11-15, named by Monday 11-16 (W47).
    "2026-11-21, 2026-W47, 2026-11-15",
    // Sunday 2027-01-03 starts the week of Monday 2027-01-04: 2027-W01, not 2026-W53.
    "2027-01-03, 2027-W01, 2027-01-03",
    "2027-01-02, 2026-W53, 2026-12-27",
    // Sunday 2024-12-29 starts the week of Monday 2024-12-30: 2025-W01.
    "2024-12-29, 2025-W01, 2024-12-29",
  })
  void namesSundayStartWeeksAfterTheirMonday(String date, String week, String start) {
    assertEquals(week, sunday.weekOf(day(date)).toString());
    assertEquals(day(start), sunday.startOf(day(date)));
    assertEquals(day(start).plusDays(6), sunday.endOf(day(date)));
  }

  @Test
  void countsWeeksBetweenWithBothEndsIncluded() {
    // Mon 2026-09-28 (W40) .. Thu 2026-10-22 (W43): W40, W41, W42, W43.
    assertEquals(4, monday.weeksBetween(day("2026-09-28"), day("2026-10-22")));
    assertEquals(1, monday.weeksBetween(day("2026-10-22"), day("2026-10-25")));
    // Sunday 2026-10-25 starts a new week when weeks start on Sunday.
    assertEquals(2, sunday.weeksBetween(day("2026-10-22"), day("2026-10-25")));
    assertEquals(0, monday.weeksBetween(day("2026-10-22"), day("2026-10-01")));
  }

  @Test
  void listsEveryWeekStartAcrossTheYearBoundary() {
    assertEquals(
        List.of(day("2026-12-21"), day("2026-12-28"), day("2027-01-04")),
        monday.weekStarts(day("2026-12-24"), day("2027-01-05")));
  }
}
