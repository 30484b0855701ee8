package dev.cairn.analysis;

import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A metric's daily values: the logs of each day combined by the metric's aggregate. */
public final class DailyValueCalculator {

  private static final Comparator<Log> PORTFOLIO_ORDER =
      Comparator.comparing(Log::date).thenComparing(Log::sourcePath);

  /** One value per day that has at least one log with the metric, ascending by date. */
  public List<DailyValue> daily(Metric metric, List<Log> logs) {
    Map<LocalDate, List<Double>> byDay = new TreeMap<>();
    logs.stream()
        .sorted(PORTFOLIO_ORDER)
        .forEach(
            log ->
                log.value(metric.id())
                    .ifPresent(
                        v -> byDay.computeIfAbsent(log.date(), d -> new ArrayList<>()).add(v)));
    List<DailyValue> daily = new ArrayList<>();
    byDay.forEach(
        (day, values) ->
            daily.add(
                new DailyValue(
                    day, AggregateCombiner.combine(metric.aggregate(), metric.better(), values))));
    return daily;
  }
}
