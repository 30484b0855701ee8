package dev.cairn.analysis;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Baseline (first window) against current (last window). With status {@code TOO_EARLY} only {@code
 * weeksNeeded} is meaningful; {@code changePct} is empty when the baseline is 0.
 */
public record BeforeAfter(
    Status status,
    OptionalDouble baseline,
    OptionalDouble current,
    OptionalDouble change,
    OptionalDouble changePct,
    Optional<Boolean> improved,
    int weeksNeeded) {

  public enum Status {
    OK,
    TOO_EARLY
  }

  public boolean isOk() {
    return status == Status.OK;
  }
}
