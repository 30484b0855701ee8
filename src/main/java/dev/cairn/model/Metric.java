package dev.cairn.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One metric a goal defines; {@code label} defaults to the id. {@code min} and {@code max} bound
 * what the metric can reach (a score out of 100): no outlook crosses them.
 */
public record Metric(
    String id,
    String label,
    MetricKind kind,
    Better better,
    Aggregate aggregate,
    Optional<String> unit,
    OptionalDouble target,
    OptionalDouble min,
    OptionalDouble max) {

  public Metric {
    Objects.requireNonNull(id);
    Objects.requireNonNull(label);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(better);
    Objects.requireNonNull(aggregate);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(target);
    Objects.requireNonNull(min);
    Objects.requireNonNull(max);
  }

  /** A metric without declared bounds. */
  public Metric(
      String id,
      String label,
      MetricKind kind,
      Better better,
      Aggregate aggregate,
      Optional<String> unit,
      OptionalDouble target) {
    this(
        id,
        label,
        kind,
        better,
        aggregate,
        unit,
        target,
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }

  /** The aggregate docs/content.md gives when the front matter names none. */
  public static Aggregate defaultAggregate(MetricKind kind) {
    return kind == MetricKind.ACTIVITY ? Aggregate.SUM : Aggregate.BEST;
  }

  public boolean isMastery() {
    return kind == MetricKind.MASTERY;
  }
}
