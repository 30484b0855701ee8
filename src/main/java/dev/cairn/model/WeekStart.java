package dev.cairn.model;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;

/** The first day of a calendar week, from {@code site.yaml}'s {@code week_start}. */
public enum WeekStart {
  MONDAY,
  SUNDAY;

  /**
   * The first day of the week where {@code locale} is spoken: Sunday where CLDR says so (en-US),
   * Monday elsewhere (de, fr, es, sv, en-GB) and for a language without a region.
   */
  public static WeekStart usualFor(Locale locale) {
    if (locale.getCountry().isEmpty()) return MONDAY;
    return WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.SUNDAY ? SUNDAY : MONDAY;
  }
}
