package dev.cairn.chart;

import java.time.LocalDate;

/** One plotted point on a time axis. */
public record ChartPoint(LocalDate date, double value) {}
