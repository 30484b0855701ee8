package dev.cairn.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The settings of {@code content/site.yaml}, defaults filled in. */
public record SiteConfig(
    String title,
    Optional<String> author,
    Optional<String> baseUrl,
    Optional<String> theme,
    Locale locale,
    WeekStart weekStart,
    int windowWeeks,
    int stretchWeeks,
    boolean unsafeHtml) {

  public static final String DEFAULT_TITLE = "Progress portfolio";

  public SiteConfig {
    Objects.requireNonNull(title);
    Objects.requireNonNull(author);
    Objects.requireNonNull(baseUrl);
    Objects.requireNonNull(theme);
    Objects.requireNonNull(locale);
    Objects.requireNonNull(weekStart);
    if (windowWeeks < 1) throw new IllegalArgumentException("window_weeks must be at least 1");
    if (stretchWeeks < 1) throw new IllegalArgumentException("stretch_weeks must be at least 1");
  }

  public static SiteConfig defaults() {
    return new SiteConfig(
        DEFAULT_TITLE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Locale.ENGLISH,
        WeekStart.MONDAY,
        2,
        4,
        false);
  }

  /** These settings with another public address, e.g. from {@code build --base-url}. */
  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(
        title,
        author,
        Optional.of(url),
        theme,
        locale,
        weekStart,
        windowWeeks,
        stretchWeeks,
        unsafeHtml);
  }
}
