package dev.cairn.analysis;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A metric's weekly values: every week from its first observation to its last, the week's daily
 * values combined by the aggregate; a week without entries is 0 for {@code sum}, else empty.
 */
public final class WeeklyValueCalculator {

  private final WeekCalendar calendar;

  public WeeklyValueCalculator(WeekCalendar calendar) {
    this.calendar = calendar;
  }

  /** {@code daily} ascending by date, as {@link DailyValueCalculator} gives it. */
  public List<WeeklyValue> weekly(Metric metric, List<DailyValue> daily) {
    if (daily.isEmpty()) return List.of();
    Map<LocalDate, List<Double>> byWeekStart = new TreeMap<>();
    for (DailyValue d : daily) {
      byWeekStart
          .computeIfAbsent(calendar.startOf(d.date()), s -> new ArrayList<>())
          .add(d.value());
    }
    LocalDate first = daily.get(0).date();
    LocalDate last = daily.get(daily.size() - 1).date();
    List<WeeklyValue> weekly = new ArrayList<>();
    for (LocalDate start : calendar.weekStarts(first, last)) {
      List<Double> values = byWeekStart.get(start);
      OptionalDouble value;
      if (values != null) {
        value =
            OptionalDouble.of(
                AggregateCombiner.combine(metric.aggregate(), metric.better(), values));
      } else if (metric.aggregate() == Aggregate.SUM) {
        value = OptionalDouble.of(0);
      } else {
        value = OptionalDouble.empty();
      }
      weekly.add(new WeeklyValue(calendar.weekOf(start), start, value));
    }
    return weekly;
  }
}
