package dev.cairn.analysis;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A Theil–Sen line over daily values, x in days since 1970-01-01 ({@link LocalDate#toEpochDay()}),
 * with its value on {@code projectionDate} and the day it meets the target, if it does.
 */
public record Trend(
    double slopePerDay,
    double intercept,
    int points,
    double projection,
    LocalDate projectionDate,
    Optional<LocalDate> eta) {

  public double valueOn(LocalDate day) {
    return intercept + slopePerDay * day.toEpochDay();
  }
}
