package dev.cairn.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Types a YAML scalar from its text as written, ignoring YAML 1.1's implicit resolution: only plain
 * decimal numbers, {@code true}/{@code false} and {@code YYYY-MM-DD} dates are accepted, and each
 * rejected form gets a message saying what to write instead.
 */
final class ScalarParser {

  /** A typed value, or the reason the text is not one. */
  record Parsed<T>(T value, String problem) {
    static <T> Parsed<T> ok(T value) {
      return new Parsed<>(value, null);
    }

    static <T> Parsed<T> fail(String problem) {
      return new Parsed<>(null, problem);
    }

    boolean isOk() {
      return problem == null;
    }
  }

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+(\\.[0-9]+)?");
  private static final Pattern SEXAGESIMAL =
      Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  private static final Pattern RADIX = Pattern.compile("([-+]?)0([xXoObB])([0-9a-fA-F_]+)");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?[0-9]+,[0-9]+");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \\t]+).*");
  private static final Pattern LOOSE_DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private ScalarParser() {}

  /**
   * A finite decimal number. {@code plain} is false for quoted scalars: {@code '12'} is text, and a
   * metric value written as text is refused rather than silently converted.
   */
  static Parsed<Double> number(String text, boolean plain) {
    String t = text.strip();
    if (DECIMAL.matcher(t).matches()) {
      if (!plain)
        return Parsed.fail(quote(text) + " is quoted text, not a number; remove the quotes");
      double value = Double.parseDouble(t);
      if (Double.isInfinite(value)) return Parsed.fail(quote(t) + " is too large");
      return Parsed.ok(value == 0 ? 0.0 : value);
    }
    if (LEADING_ZERO.matcher(t).matches()) {
      String fixed = new BigDecimal(t).toPlainString();
      return Parsed.fail(
          quote(t) + " has a leading zero (YAML 1.1 reads such numbers as octal); write " + fixed);
    }
    if (SEXAGESIMAL.matcher(t).matches()) {
      return Parsed.fail(
          quote(t)
              + " is not a decimal number (YAML 1.1 reads it in base 60, as "
              + sexagesimal(t)
              + "); write one decimal number, such as 90 or 1.5");
    }
    var radix = RADIX.matcher(t);
    if (radix.matches()) {
      return Parsed.fail(
          quote(t) + " is not a decimal number; write it in decimal" + radixValue(radix));
    }
    if (t.contains("_") && DECIMAL.matcher(t.replace("_", "")).matches()) {
      return Parsed.fail(quote(t) + " has digit separators; write " + t.replace("_", ""));
    }
    if (DECIMAL_COMMA.matcher(t).matches()) {
      return Parsed.fail(
          quote(t) + " is not a number; use a point for decimals: " + t.replace(',', '.'));
    }
    if (NOT_FINITE.matcher(t).matches()) {
      return Parsed.fail(
          quote(t) + " is not a finite number; write a decimal number such as 12 or 4.5");
    }
    try {
      BigDecimal loose = new BigDecimal(t);
      return Parsed.fail(
          quote(t) + " is not a plain decimal number; write " + loose.toPlainString());
    } catch (NumberFormatException e) {
      return Parsed.fail(
          (t.isEmpty() ? "an empty value" : quote(t))
              + " is not a number; write a decimal number such as 12 or 4.5");
    }
  }

  /**
   * A whole number in {@code [min, Integer.MAX_VALUE]}; {@code 2.0} counts as 2, {@code 2.5} does
   * not.
   */
  static Parsed<Integer> wholeNumber(String text, boolean plain, int min) {
    Parsed<Double> number = number(text, plain);
    if (!number.isOk()) return Parsed.fail(number.problem());
    BigInteger whole;
    try {
      whole = new BigDecimal(text.strip()).toBigIntegerExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return Parsed.fail(quote(text.strip()) + " is not a whole number");
    }
    if (whole.compareTo(BigInteger.valueOf(min)) < 0) {
      return Parsed.fail(
          quote(text.strip()) + " is too small; write a whole number of at least " + min);
    }
    if (whole.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
      return Parsed.fail(quote(text.strip()) + " is too large");
    }
    return Parsed.ok(whole.intValueExact());
  }

  /** Exactly {@code true} or {@code false}, unquoted. */
  static Parsed<Boolean> bool(String text, boolean plain) {
    String t = text.strip();
    if (t.equals("true") || t.equals("false")) {
      return plain
          ? Parsed.ok(t.equals("true"))
          : Parsed.fail(quote(text) + " is quoted text; write " + t + " without quotes");
    }
    return Parsed.fail(
        (t.isEmpty() ? "an empty value" : quote(t)) + " is not a boolean; use true or false");
  }

  // A year such as 0226 for 2026 is a typo, and would make every weekly series span centuries.
  static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

  /**
   * A local date written {@code YYYY-MM-DD}, quoted or not, from 1900 to 2999; never a timestamp.
   */
  static Parsed<LocalDate> date(String text) {
    String t = text.strip();
    if (DATE.matcher(t).matches()) {
      try {
        LocalDate date = LocalDate.parse(t, ISO_DATE);
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
          return Parsed.fail(
              quote(t)
                  + " is out of range; write a date from "
                  + EARLIEST_DATE
                  + " to "
                  + LATEST_DATE);
        }
        return Parsed.ok(date);
      } catch (DateTimeParseException e) {
        return Parsed.fail(quote(t) + " is not a calendar date");
      }
    }
    if (DATE_TIME.matcher(t).matches()) {
      return Parsed.fail(quote(t) + " has a time; write the date only, as YYYY-MM-DD");
    }
    if (LOOSE_DATE.matcher(t).matches()) {
      String[] parts = t.split("-");
      return Parsed.fail(
          quote(t)
              + " is not written YYYY-MM-DD; write "
              + parts[0]
              + "-"
              + pad(parts[1])
              + "-"
              + pad(parts[2]));
    }
    return Parsed.fail(
        (t.isEmpty() ? "an empty value" : quote(t)) + " is not a date; write YYYY-MM-DD");
  }

  /** Whether an unquoted text is a whole number, e.g. a challenge level given by number. */
  static boolean looksWhole(String text) {
    return WHOLE.matcher(text.strip()).matches();
  }

  private static String pad(String part) {
    return part.length() == 1 ? "0" + part : part;
  }

  private static String sexagesimal(String t) {
    boolean negative = t.startsWith("-");
    String digits = t.replaceFirst("^[-+]", "").replace("_", "");
    String[] parts = digits.split(":");
    BigDecimal value = BigDecimal.ZERO;
    for (String part : parts) {
      value =
          value
              .multiply(BigDecimal.valueOf(60))
              .add(new BigDecimal(part.endsWith(".") ? part + "0" : part));
    }
    return (negative ? value.negate() : value).stripTrailingZeros().toPlainString();
  }

  private static String radixValue(java.util.regex.Matcher m) {
    int base =
        switch (Character.toLowerCase(m.group(2).charAt(0))) {
          case 'x' -> 16;
          case 'o' -> 8;
          default -> 2;
        };
    try {
      BigInteger value = new BigInteger(m.group(3).replace("_", ""), base);
      return ": " + (m.group(1).equals("-") ? value.negate() : value);
    } catch (NumberFormatException e) {
      return "";
    }
  }

  static String quote(String text) {
    return "'" + text + "'";
  }
}
