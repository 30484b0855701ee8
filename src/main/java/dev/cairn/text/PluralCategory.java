package dev.cairn.text;

import java.util.Locale;

/**
 * The CLDR plural category of a whole count in a language: which form of a word a count takes ("1
 * log", "2 logs"). Written out for the bundled languages (en, de, fr, es, sv); any other language
 * gets the English rule, and a missing form falls back to {@code other}.
 */
public enum PluralCategory {
  ONE,
  MANY,
  OTHER;

  /** The form {@code count} takes in {@code locale}'s language. */
  public static PluralCategory of(Locale locale, long count) {
    long n = Math.abs(count);
    return switch (locale.getLanguage()) {
      case "fr" -> n <= 1 ? ONE : millions(n) ? MANY : OTHER;
      case "es" -> n == 1 ? ONE : millions(n) ? MANY : OTHER;
      default -> n == 1 ? ONE : OTHER;
    };
  }

  /** The suffix of a plural message key: {@code one}, {@code many}, {@code other}. */
  public String suffix() {
    return name().toLowerCase(Locale.ROOT);
  }

  // French and Spanish say "1 million de logs", "un millón de logs": a form of its own.
  private static boolean millions(long n) {
    return n != 0 && n % 1_000_000 == 0;
  }
}
