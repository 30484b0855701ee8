package dev.cairn.text;

import java.math.BigDecimal;
import java.util.Optional;

/** Prints doubles unrounded for data files: whole numbers without ".0", no NaN or Infinity. */
public final class UnroundedNumbers {

  private static final double PLAIN_WHOLE_LIMIT = 1e21;

  private UnroundedNumbers() {}

  /** Empty for NaN and infinities, which JSON and spreadsheets cannot hold. */
  public static Optional<String> format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) return Optional.empty();
    if (value == Math.rint(value) && Math.abs(value) < PLAIN_WHOLE_LIMIT) {
      return Optional.of(new BigDecimal(value).toPlainString()); // exact integer; -0.0 prints "0"
    }
    String text = Double.toString(value); // shortest text that reads back as the same double
    return Optional.of(text.replace(".0E", "E"));
  }
}
