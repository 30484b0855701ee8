package dev.cairn.analysis;

/** A calendar week named by ISO-8601 week-year and number, printed as {@code 2026-W47}. */
public record WeekId(int weekYear, int week) implements Comparable<WeekId> {

  public WeekId {
    if (week < 1 || week > 53) throw new IllegalArgumentException("week must be 1..53");
  }

  @Override
  public int compareTo(WeekId o) {
    return weekYear != o.weekYear ? Integer.compare(weekYear, o.weekYear) : Integer.compare(week, o.week);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", weekYear, week);
  }
}
