package dev.cairn.analysis;

import java.time.LocalDate;

/** A metric's value on one day: that day's logs combined by the metric's aggregate. */
public record DailyValue(LocalDate date, double value) {}
