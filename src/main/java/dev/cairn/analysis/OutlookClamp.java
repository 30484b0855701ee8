package dev.cairn.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The range an outlook figure must stay in: not below 0 when every observation is 0 or more, and
 * inside the metric's declared {@code min} and {@code max}.
 */
record OutlookClamp(double floor, double ceiling) {

  static OutlookClamp of(List<DailyValue> observed, OptionalDouble min, OptionalDouble max) {
    double floor = observed.stream().allMatch(d -> d.value() >= 0) ? 0 : Double.NEGATIVE_INFINITY;
    if (min.isPresent()) floor = Math.max(floor, min.getAsDouble());
    double ceiling = max.orElse(Double.POSITIVE_INFINITY);
    return new OutlookClamp(floor, ceiling);
  }

  double apply(double value) {
    return Math.max(floor, Math.min(ceiling, value));
  }
}
