package dev.cairn.analysis;

/**
 * Weeks with at least one log in a period: {@code active} of the period's {@code weeks} (calendar
 * weeks per {@code week_start} that overlap it, up to the reference date), and the longest run of
 * consecutive active weeks.
 */
public record ActiveWeeks(int active, int weeks, int longestRun) {}
