package dev.cairn.chart;

import dev.cairn.analysis.WeekId;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.Locale;

/**
 * The words and figures of chart text in one locale: message bundle lookups, the shared number
 * formatter, and the ways charts name weeks and counts.
 */
final class ChartWords {

  private final Messages messages;
  private final Figures figures;

  ChartWords(Locale locale) {
    this(Messages.forLocale(locale));
  }

  ChartWords(Messages messages) {
    this.messages = messages;
    this.figures = new Figures(messages.locale());
  }

  Locale locale() {
    return figures.locale();
  }

  Figures figures() {
    return figures;
  }

  /** The message {@code key} filled with already-formatted text. */
  String get(String key, String... args) {
    return messages.get(key, (Object[]) args);
  }

  /** The dash a table shows where there is no value. */
  String noValue() {
    return get("chart.table.noValue");
  }

  /** A number, or the no-value dash. */
  String numberOr(java.util.OptionalDouble value) {
    return value.isPresent() ? figures.number(value.getAsDouble()) : noValue();
  }

  /** "Practice minutes (min)", or the label alone without a unit. */
  String labelWithUnit(String label, String unit) {
    return unit.isEmpty() ? label : get("chart.labelWithUnit", label, unit);
  }

  /** "3 logs", "1 log": the plural form of {@code key} that {@code n} takes. */
  String count(String key, long n) {
    return messages.plural(key, n, figures.number(n));
  }

  /** "week 41 of 2026". */
  String weekName(WeekId week) {
    return get("chart.week.name", String.valueOf(week.week()), String.valueOf(week.weekYear()));
  }

  /** "weeks 36 and 41", or with both years when they differ. */
  String weekPair(WeekId a, WeekId b) {
    return a.weekYear() == b.weekYear()
        ? get("chart.week.pair.sameYear", String.valueOf(a.week()), String.valueOf(b.week()))
        : get(
            "chart.week.pair",
            String.valueOf(a.week()),
            String.valueOf(a.weekYear()),
            String.valueOf(b.week()),
            String.valueOf(b.weekYear()));
  }

  /** "in week 41 of 2026" for one week, "between weeks 36 and 41" for two. */
  String period(WeekId first, WeekId last) {
    return first.equals(last)
        ? get("chart.period.in", weekName(first))
        : get("chart.period.between", weekPair(first, last));
  }

  /** "weeks 36–37", "week 36", or with years when they differ. */
  String weekSpan(WeekId a, WeekId b) {
    if (a.equals(b)) return get("chart.week.span.one", String.valueOf(a.week()));
    return a.weekYear() == b.weekYear()
        ? get("chart.week.span", String.valueOf(a.week()), String.valueOf(b.week()))
        : get("chart.week.span", a.toString(), b.toString());
  }

  /** "week" for a window of one, else "3 weeks". */
  String windowWeeks(int n) {
    return n == 1 ? get("chart.window.oneWeek") : get("chart.window.weeks", String.valueOf(n));
  }

  /**
   * A metric label as message {@code key} uses it: lower-cased inside an English sentence ("Weekly
   * practice minutes"), as it is where the message starts with it ("Übungsminuten pro Woche") and
   * in German, whose nouns keep their capital.
   */
  String labelIn(String key, String label) {
    String mark = "\u0000";
    if (get(key, mark).startsWith(mark) || locale().getLanguage().equals("de")) return label;
    return lowerFirst(label);
  }

  /** A metric label inside a sentence: "Practice minutes" becomes "practice minutes". */
  static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
