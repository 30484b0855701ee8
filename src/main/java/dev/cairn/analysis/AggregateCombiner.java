package dev.cairn.analysis;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import java.util.List;

/** Combines values in order (the logs of a day, the days of a week) by a metric's aggregate. */
final class AggregateCombiner {

  private AggregateCombiner() {}

  /** {@code values} must not be empty; for {@code LAST} the order of the list decides. */
  static double combine(Aggregate aggregate, Better better, List<Double> values) {
    if (values.isEmpty()) throw new IllegalArgumentException("nothing to combine");
    return switch (aggregate) {
      case SUM -> values.stream().mapToDouble(Double::doubleValue).sum();
      case BEST ->
          better == Better.HIGHER
              ? values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
              : values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      case MEAN -> mean(values);
      case LAST -> values.get(values.size() - 1);
    };
  }

  /**
   * The arithmetic mean, taken around the first value so that equal values give exactly that value
   * back (a plain sum / n can drift by one unit in the last place).
   */
  static double mean(List<Double> values) {
    if (values.isEmpty()) throw new IllegalArgumentException("no values");
    double first = values.get(0);
    double deviations = 0;
    for (double v : values) {
      deviations += v - first;
    }
    return first + deviations / values.size();
  }
}
