package dev.cairn.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * URL-safe names: "Café au Lait #2" becomes "cafe-au-lait-2", "Straße" becomes "strasse". A slug is
 * also a safe file and folder name on Windows and macOS: lower-case ASCII only (so no two differ
 * only in case or Unicode normalisation), no trailing dot or space, at most {@value #MAX_LENGTH}
 * characters, and never a reserved device name such as {@code con} or {@code com1}.
 */
public final class Slugs {

  /** Leaves room for a date prefix, a {@code -n} suffix and {@code .md} within 100 characters. */
  public static final int MAX_LENGTH = 80;

  private static final Pattern RESERVED = Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Letters that compatibility decomposition leaves as they are.
  private static final Map<Integer, String> LETTERS =
      Map.of(
          (int) 'ß', "ss", (int) 'æ', "ae", (int) 'ø', "o", (int) 'œ', "oe", (int) 'ł', "l",
          (int) 'đ', "d", (int) 'ð', "d", (int) 'þ', "th", (int) 'ı', "i");

  private Slugs() {}

  /**
   * Compatibility-decomposed, accents dropped, lower case, every run of characters other than
   * {@code a-z0-9} turned into one '-', no '-' at either end; {@code fallback} when nothing is
   * left.
   */
  public static String of(String text, String fallback) {
    StringBuilder slug = new StringBuilder(text.length());
    if (text.chars().allMatch(c -> c < 0x80)) {
      // Most names are plain ASCII (log file names): no Unicode decomposition needed.
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        append(slug, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
    } else {
      MARKS
          .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
          .replaceAll("")
          .toLowerCase(Locale.ROOT)
          .codePoints()
          .forEach(
              cp -> {
                String mapped = LETTERS.get(cp);
                if (mapped == null) {
                  append(slug, cp);
                } else {
                  mapped.chars().forEach(c -> append(slug, c));
                }
              });
    }
    int end = Math.min(slug.length(), MAX_LENGTH);
    while (end > 0 && slug.charAt(end - 1) == '-') end--;
    if (end == 0) return fallback;
    String result = slug.substring(0, end);
    // Windows cannot hold a file or folder named like a device, whatever its extension.
    return RESERVED.matcher(result).matches() ? result + "-" + fallback : result;
  }

  /** Appends a safe character, or a '-' for a run of others (none at the start). */
  private static void append(StringBuilder slug, int c) {
    boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (safe) {
      slug.append((char) c);
    } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
      slug.append('-');
    }
  }
}
