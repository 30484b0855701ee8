package dev.cairn.analysis;

import dev.cairn.model.WeekStart;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Calendar weeks per {@code week_start}, named by the ISO-8601 week of their Monday (for a
 * Sunday-start week beginning on day D, the ISO week of D + 1).
 */
public final class WeekCalendar {

  private final WeekStart weekStart;

  public WeekCalendar(WeekStart weekStart) {
    this.weekStart = Objects.requireNonNull(weekStart);
  }

  public WeekStart weekStart() {
    return weekStart;
  }

  /** The first day of the week holding {@code day}. */
  public LocalDate startOf(LocalDate day) {
    DayOfWeek first = weekStart == WeekStart.SUNDAY ? DayOfWeek.SUNDAY : DayOfWeek.MONDAY;
    return day.with(TemporalAdjusters.previousOrSame(first));
  }

  /** The last day of the week holding {@code day}. */
  public LocalDate endOf(LocalDate day) {
    return startOf(day).plusDays(6);
  }

  /** The ISO name of the week holding {@code day}. */
  public WeekId weekOf(LocalDate day) {
    LocalDate start = startOf(day);
    LocalDate monday = weekStart == WeekStart.SUNDAY ? start.plusDays(1) : start;
    return new WeekId(
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Calendar weeks from the week of {@code from} to the week of {@code to}, both counted; 0 if
   * {@code to}'s week comes first.
   */
  public int weeksBetween(LocalDate from, LocalDate to) {
    long weeks = ChronoUnit.DAYS.between(startOf(from), startOf(to)) / 7 + 1;
    return (int) Math.max(0, weeks);
  }

  /** The first days of every week from the week of {@code from} to the week of {@code to}. */
  public List<LocalDate> weekStarts(LocalDate from, LocalDate to) {
    List<LocalDate> starts = new ArrayList<>();
    LocalDate last = startOf(to);
    for (LocalDate d = startOf(from); !d.isAfter(last); d = d.plusWeeks(1)) {
      starts.add(d);
    }
    return starts;
  }
}
