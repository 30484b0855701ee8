package dev.cairn.analysis;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar month or year of local dates, from {@code start} to {@code end}, both included. Named
 * {@code 2026-03} or {@code 2026}, as its review page is.
 */
public record Period(Kind kind, LocalDate start, LocalDate end) implements Comparable<Period> {

  /** The two horizons above the week. */
  public enum Kind {
    MONTH,
    YEAR
  }

  public Period {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
  }

  /** The month or year holding {@code day}. */
  public static Period of(Kind kind, LocalDate day) {
    LocalDate start =
        kind == Kind.MONTH ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.firstDayOfYear());
    LocalDate end =
        kind == Kind.MONTH
            ? start.with(TemporalAdjusters.lastDayOfMonth())
            : start.with(TemporalAdjusters.lastDayOfYear());
    return new Period(kind, start, end);
  }

  /** The period just before this one: February before March, 2025 before 2026. */
  public Period previous() {
    return of(kind, start.minusDays(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** {@code 2026-03} for a month, {@code 2026} for a year. */
  public String id() {
    String year = String.format(java.util.Locale.ROOT, "%04d", start.getYear());
    return kind == Kind.YEAR
        ? year
        : year + String.format(java.util.Locale.ROOT, "-%02d", start.getMonthValue());
  }

  @Override
  public int compareTo(Period o) {
    int byStart = start.compareTo(o.start);
    return byStart != 0 ? byStart : kind.compareTo(o.kind);
  }

  @Override
  public String toString() {
    return id();
  }
}
