package dev.cairn.chart;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats the figures of charts for one locale: at most one decimal, locale separators and dates.
 */
final class FigureFormatter {

  private final Locale locale;
  private final DateTimeFormatter dateFormat;

  FigureFormatter(Locale locale) {
    this.locale = Objects.requireNonNull(locale);
    this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  Locale locale() {
    return locale;
  }

  String number(double value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(0);
    double rounded = Math.round(value * 10) / 10.0;
    return format.format(rounded == 0 ? 0.0 : rounded);
  }

  /** A number with a sign in front of it, e.g. {@code +11.5} or {@code −3}. */
  String signed(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded > 0) return "+" + number(rounded);
    if (rounded < 0) return "\u2212" + number(-rounded);
    return number(0);
  }

  /** A signed percentage of a value already in percent, e.g. 47.9 gives {@code +47.9%}. */
  String signedPercent(double percent) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(0);
    double rounded = Math.round(percent * 10) / 10.0;
    String text = format.format(Math.abs(rounded) / 100.0);
    if (rounded > 0) return "+" + text;
    if (rounded < 0) return "\u2212" + text;
    return text;
  }

  /** A value with its unit, e.g. {@code 35.5 per min}. */
  String withUnit(double value, String unit) {
    return unit.isEmpty() ? number(value) : number(value) + " " + unit;
  }

  String date(LocalDate date) {
    return dateFormat.format(date);
  }

  String month(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.SHORT, locale);
  }

  String monthYear(LocalDate date) {
    return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + date.getYear();
  }
}
