package dev.cairn.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A learning curve y = A − (A − B)·e^(−t/τ), t in days since {@code origin}: it starts at B and
 * approaches A, covering 63 % of the way every τ days.
 */
public record SaturatingCurve(double asymptote, double start, double tauDays, LocalDate origin) {

  public double valueOn(LocalDate day) {
    return valueAt(ChronoUnit.DAYS.between(origin, day));
  }

  double valueAt(double t) {
    return asymptote - (asymptote - start) * Math.exp(-t / tauDays);
  }

  /** The share of the way from B to A still ahead on {@code day}: e^(−t/τ). */
  public double remainingOn(LocalDate day) {
    return Math.exp(-ChronoUnit.DAYS.between(origin, day) / tauDays);
  }
}
