package dev.cairn.analysis;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A metric's value in one week ({@code start} is the week's first day per {@code week_start});
 * empty where a non-sum metric has no entry that week.
 */
public record WeeklyValue(WeekId week, LocalDate start, OptionalDouble value) {}
