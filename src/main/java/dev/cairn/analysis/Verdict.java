package dev.cairn.analysis;

import dev.cairn.model.Better;
import dev.cairn.model.Metric;
import java.util.OptionalDouble;

/**
 * How a change reads: mastery metrics improve or slip in their better direction; activity metrics
 * only go up or down ("more", "less"), since practising less one week is not a failure to grow. The
 * one home of this rule for pages, charts and alt texts; the words come from the message bundle
 * under {@code verdict.<name>}.
 */
public enum Verdict {
  IMPROVED,
  SLIPPED,
  MORE,
  LESS,
  UNCHANGED;

  public static Verdict of(Metric metric, double change) {
    if (change == 0) return UNCHANGED;
    if (!metric.isMastery()) return change > 0 ? MORE : LESS;
    return (change > 0) == (metric.better() == Better.HIGHER) ? IMPROVED : SLIPPED;
  }

  /** An absent change reads as unchanged. */
  public static Verdict of(Metric metric, OptionalDouble change) {
    return of(metric, change.orElse(0));
  }

  /** True for a change in the valued direction or, for activity metrics, upwards. */
  public boolean isGain() {
    return this == IMPROVED || this == MORE;
  }

  /** True for improved or slipped: a change that says something about skill. */
  public boolean judgesSkill() {
    return this == IMPROVED || this == SLIPPED;
  }

  /** The message key of this verdict's word: {@code verdict.improved}, … */
  public String messageKey() {
    return "verdict." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
