package dev.cairn.chart;

import dev.cairn.model.SiteConfig;
import dev.cairn.model.WeekStart;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the chart stage takes from the site besides the analysis: the locale of its words and
 * figures, {@code week_start}, the site title (on share images), {@code window_weeks} (the
 * before/after windows) and the day the build treats as today.
 */
public record ChartSettings(
    Locale locale, WeekStart weekStart, String siteTitle, int windowWeeks, LocalDate today) {

  public ChartSettings {
    Objects.requireNonNull(locale);
    Objects.requireNonNull(weekStart);
    Objects.requireNonNull(siteTitle);
    Objects.requireNonNull(today);
    if (windowWeeks < 1) throw new IllegalArgumentException("window_weeks must be at least 1");
  }

  /** The settings of {@code site}, with {@code today} as the build's day. */
  public static ChartSettings of(SiteConfig site, LocalDate today) {
    return new ChartSettings(
        site.locale(), site.weekStart(), site.title(), site.windowWeeks(), today);
  }
}
