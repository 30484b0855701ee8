package dev.cairn.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: "Café au Lait #2" becomes "cafe-au-lait-2". */
public final class Slugs {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SAFE = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /** Lowercase ASCII letters and digits separated by single dashes; {@code fallback} when none. */
  public static String of(String text, String fallback) {
    String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NOT_SAFE.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') start++;
    while (end > start && slug.charAt(end - 1) == '-') end--;
    return start == end ? fallback : slug.substring(start, end);
  }
}
