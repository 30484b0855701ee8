package dev.cairn.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** URL-safe names: "Café au Lait #2" becomes "cafe-au-lait-2", "Straße" becomes "strasse". */
public final class Slugs {

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
    String lower =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length());
    lower
        .codePoints()
        .forEach(
            cp -> {
              String mapped = LETTERS.get(cp);
              String piece = mapped != null ? mapped : Character.toString(cp);
              for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (safe) {
                  slug.append(c);
                } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                  slug.append('-');
                }
              }
            });
    int end = slug.length();
    while (end > 0 && slug.charAt(end - 1) == '-') end--;
    return end == 0 ? fallback : slug.substring(0, end);
  }
}
