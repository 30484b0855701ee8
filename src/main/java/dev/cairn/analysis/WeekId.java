package dev.cairn.analysis;

/** A calendar week named by ISO-8601 week-year and number, printed as {@code 2026-W47}. */
public record WeekId(int weekYear, int week) implements Comparable<WeekId> {

  public WeekId {
    if (week < 1 || week > 53) throw new IllegalArgumentException("week must be 1..53");
  }

  @Override
  public int compareTo(WeekId o) {
    return weekYear != o.weekYear
        ? Integer.compare(weekYear, o.weekYear)
        : Integer.compare(week, o.week);
  }

  @Override
  public String toString() {
    // Not String.format: the data export writes this for every week of every metric.
    StringBuilder b = new StringBuilder(8);
    String year = Integer.toString(weekYear);
    for (int i = year.length(); i < 4; i++) b.append('0');
    b.append(year).append("-W");
    if (week < 10) b.append('0');
    return b.append(week).toString();
  }
}
