package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric in a review: this period's value against the previous period's; {@code improved} is
 * empty when either side has no value or they are equal.
 */
public record MetricComparison(
    Metric metric, OptionalDouble value, OptionalDouble previous, Optional<Boolean> improved) {

  /** The comparison of {@code value} with {@code previous}, judged in the metric's direction. */
  public static MetricComparison of(Metric metric, OptionalDouble value, OptionalDouble previous) {
    return new MetricComparison(metric, value, previous, improved(metric, value, previous));
  }

  private static Optional<Boolean> improved(
      Metric metric, OptionalDouble value, OptionalDouble previous) {
    if (value.isEmpty() || previous.isEmpty() || value.getAsDouble() == previous.getAsDouble()) {
      return Optional.empty();
    }
    boolean higher = value.getAsDouble() > previous.getAsDouble();
    return Optional.of(metric.better() == Better.HIGHER ? higher : !higher);
  }
}
