package dev.cairn.text;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers and dates for people, in the portfolio's locale: the one formatter that pages, charts and
 * alt texts share, so a figure reads the same wherever it appears. Data files stay unrounded.
 */
public final class Figures {

  private final Locale locale;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter mediumDate;
  private final Map<LocalDate, String> longDates = new ConcurrentHashMap<>();
  // NumberFormat is not thread-safe and costly to look up; pages render in parallel.
  private final ThreadLocal<NumberFormat> numbers;
  private final ThreadLocal<NumberFormat> percents;

  public Figures(Locale locale) {
    this.locale = Objects.requireNonNull(locale);
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.mediumDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.numbers = ThreadLocal.withInitial(this::numberFormat);
    this.percents =
        ThreadLocal.withInitial(
            () -> {
              NumberFormat f = NumberFormat.getPercentInstance(locale);
              f.setMaximumFractionDigits(0);
              return f;
            });
  }

  public Locale locale() {
    return locale;
  }

  /**
   * A new formatter that writes numbers as {@link #number} does, for chart axes that take a {@link
   * NumberFormat} of their own.
   */
  public NumberFormat numberFormat() {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(1);
    return f;
  }

  /** At most one decimal, grouping as the locale does: 35.5, 1,234, 1.234,5 (de). */
  public String number(double value) {
    return numbers.get().format(value == 0 ? 0.0 : value); // no "-0"
  }

  /** A whole percentage as the locale writes percent: 48%, 48 % (de, fr, sv), 48 % (es). */
  public String percent(double percent) {
    return percents.get().format(percent / 100.0);
  }

  /** A signed whole percentage as the locale writes percent: +48%, −3 %, … */
  public String signedPercent(double percent) {
    String body = percent(Math.abs(percent));
    if (Math.round(Math.abs(percent)) == 0) return body;
    return (percent > 0 ? "+" : "−") + body;
  }

  /** A signed number with at most one decimal: +11.5, −0.4. */
  public String signedNumber(double value) {
    String body = number(Math.abs(value));
    if (number(value).equals(number(0))) return body;
    return (value > 0 ? "+" : "−") + body;
  }

  /** A value with its unit, e.g. {@code 35.5 per min}; the number alone when there is no unit. */
  public String withUnit(double value, String unit) {
    return unit.isEmpty() ? number(value) : number(value) + " " + unit;
  }

  /** Long dates are asked for many times per log (every list that shows it): format each once. */
  public String date(LocalDate date) {
    return longDates.computeIfAbsent(date, longDate::format);
  }

  /** The locale's medium date, as charts and their alt texts write it: "Nov 20, 2026". */
  public String mediumDate(LocalDate date) {
    return mediumDate.format(date);
  }

  /** The month's short name: "Nov". */
  public String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.SHORT, locale);
  }

  /** The month's full name and the year: "November 2026". */
  public String monthYear(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + date.getYear();
  }

  public String isoDate(LocalDate date) {
    return date.toString();
  }
}
