package dev.cairn.chart;

import dev.cairn.model.SiteConfig;
import dev.cairn.model.WeekStart;
import dev.cairn.text.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the chart stage takes from the site besides the analysis: its words (in the site's locale,
 * with the theme's overrides), {@code week_start}, the site title (on share images), {@code
 * window_weeks} (the before/after windows) and the day the build treats as today.
 */
public record ChartSettings(
    Messages words, WeekStart weekStart, String siteTitle, int windowWeeks, LocalDate today) {

  public ChartSettings {
    Objects.requireNonNull(words);
    Objects.requireNonNull(weekStart);
    Objects.requireNonNull(siteTitle);
    Objects.requireNonNull(today);
    if (windowWeeks < 1) throw new IllegalArgumentException("window_weeks must be at least 1");
  }

  /** Settings with the built-in words of {@code locale}. */
  public ChartSettings(
      Locale locale, WeekStart weekStart, String siteTitle, int windowWeeks, LocalDate today) {
    this(Messages.forLocale(locale), weekStart, siteTitle, windowWeeks, today);
  }

  /** The settings of {@code site} in {@code words}, with {@code today} as the build's day. */
  public static ChartSettings of(SiteConfig site, Messages words, LocalDate today) {
    return new ChartSettings(words, site.weekStart(), site.title(), site.windowWeeks(), today);
  }

  /** The locale of the charts' figures and dates. */
  public Locale locale() {
    return words.locale();
  }
}
