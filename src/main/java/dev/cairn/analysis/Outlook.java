package dev.cairn.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a mastery metric is likely to be on {@code projectionDate}: the chosen model's value with
 * its 90 % band, and the first day the model meets the target within two years. {@code curve} is
 * the fitted learning curve when the curve was chosen.
 */
public record Outlook(
    OutlookModel model,
    double value,
    double low,
    double high,
    LocalDate projectionDate,
    Optional<LocalDate> eta,
    Optional<SaturatingCurve> curve) {

  /** The share of the way from start to asymptote still ahead at which a curve levels off. */
  public static final double LEVELLING_OFF_REMAINING = 0.1;

  public Outlook {
    Objects.requireNonNull(model);
    Objects.requireNonNull(projectionDate);
    Objects.requireNonNull(eta);
    Objects.requireNonNull(curve);
  }

  /** True for a curve that has covered 90 % of its way to the asymptote by the projection date. */
  public boolean levellingOff() {
    return curve.isPresent() && curve.get().remainingOn(projectionDate) <= LEVELLING_OFF_REMAINING;
  }
}
