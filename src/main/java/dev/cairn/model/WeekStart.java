package dev.cairn.model;

/** The first day of a calendar week, from {@code site.yaml}'s {@code week_start}. */
public enum WeekStart {
  MONDAY,
  SUNDAY
}
