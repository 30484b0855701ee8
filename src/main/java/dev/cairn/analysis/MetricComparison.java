package dev.cairn.analysis;

import dev.cairn.model.Metric;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric in one weekly review: this week's value against the previous week's; {@code improved}
 * is empty when either side has no value or they are equal.
 */
public record MetricComparison(
    Metric metric, OptionalDouble value, OptionalDouble previous, Optional<Boolean> improved) {}
