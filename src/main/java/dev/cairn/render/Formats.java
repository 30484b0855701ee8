package dev.cairn.render;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Numbers and dates for people, in the portfolio's locale; data files stay unrounded. */
public final class Formats {

  private final Locale locale;
  private final DateTimeFormatter longDate;
  private final Map<LocalDate, String> longDates = new ConcurrentHashMap<>();
  // NumberFormat is not thread-safe and costly to look up; pages render in parallel.
  private final ThreadLocal<NumberFormat> numbers;
  private final ThreadLocal<NumberFormat> percents;

  public Formats(Locale locale) {
    this.locale = locale;
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.numbers =
        ThreadLocal.withInitial(
            () -> {
              NumberFormat f = NumberFormat.getNumberInstance(locale);
              f.setMaximumFractionDigits(1);
              return f;
            });
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

  /** At most one decimal, grouping as the locale does: 35.5, 1,234, 1.234,5 (de). */
  public String number(double value) {
    return numbers.get().format(value == 0 ? 0.0 : value); // no "-0"
  }

  /** A signed whole percentage as the locale writes percent: +48%, −3 %, … */
  public String signedPercent(double percent) {
    String body = percents.get().format(Math.abs(percent) / 100.0);
    if (Math.round(Math.abs(percent)) == 0) return body;
    return (percent > 0 ? "+" : "−") + body;
  }

  /** A signed number with at most one decimal: +11.5, −0.4. */
  public String signedNumber(double value) {
    String body = number(Math.abs(value));
    if (number(value).equals(number(0))) return body;
    return (value > 0 ? "+" : "−") + body;
  }

  /** Long dates are asked for many times per log (every list that shows it): format each once. */
  public String date(LocalDate date) {
    return longDates.computeIfAbsent(date, longDate::format);
  }

  public String isoDate(LocalDate date) {
    return date.toString();
  }
}
