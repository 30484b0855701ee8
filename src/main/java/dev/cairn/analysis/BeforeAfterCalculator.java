package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Before and after: the mean weekly value of the first {@code window_weeks} weeks (baseline)
 * against that of the last {@code window_weeks} weeks (current).
 */
public final class BeforeAfterCalculator {

  private final int windowWeeks;

  public BeforeAfterCalculator(int windowWeeks) {
    if (windowWeeks < 1) throw new IllegalArgumentException("window_weeks must be at least 1");
    this.windowWeeks = windowWeeks;
  }

  /**
   * {@code weekly} holds every week from the first observation's to the last's. Such a list always
   * has a value in its first and last week; should either window still hold no value at all, the
   * comparison cannot be made and is reported as {@code TOO_EARLY} with 0 weeks needed.
   */
  public BeforeAfter compare(Metric metric, List<WeeklyValue> weekly) {
    int needed = 2 * windowWeeks - weekly.size();
    if (needed > 0) return tooEarly(needed);
    OptionalDouble baseline = meanOfValues(weekly.subList(0, windowWeeks));
    OptionalDouble current =
        meanOfValues(weekly.subList(weekly.size() - windowWeeks, weekly.size()));
    if (baseline.isEmpty() || current.isEmpty()) return tooEarly(0);
    double change = current.getAsDouble() - baseline.getAsDouble();
    OptionalDouble changePct =
        baseline.getAsDouble() == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(change / Math.abs(baseline.getAsDouble()) * 100);
    boolean improved = metric.better() == Better.HIGHER ? change > 0 : change < 0;
    return new BeforeAfter(
        BeforeAfter.Status.OK,
        baseline,
        current,
        OptionalDouble.of(change),
        changePct,
        Optional.of(improved),
        0);
  }

  private static BeforeAfter tooEarly(int weeksNeeded) {
    return new BeforeAfter(
        BeforeAfter.Status.TOO_EARLY,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        weeksNeeded);
  }

  private static OptionalDouble meanOfValues(List<WeeklyValue> window) {
    List<Double> values =
        window.stream()
            .map(WeeklyValue::value)
            .filter(OptionalDouble::isPresent)
            .map(OptionalDouble::getAsDouble)
            .toList();
    return values.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(AggregateCombiner.mean(values));
  }
}
