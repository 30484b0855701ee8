package dev.cairn.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the known key a misspelt one was probably meant to be. */
final class KeySuggester {
  private KeySuggester() {}

  /**
   * The closest known key, ignoring case and '-' versus '_', within one edit for keys of up to four
   * characters and two edits for longer ones (a swap of neighbours counts as one edit).
   */
  static Optional<String> closest(String key, Collection<String> known) {
    String normal = normalise(key);
    int allowed = normal.length() <= 4 ? 1 : 2;
    return known.stream()
        .filter(k -> Math.abs(normal.length() - k.length()) <= allowed)
        .filter(k -> distance(normal, normalise(k)) <= allowed)
        .min(
            Comparator.comparingInt((String k) -> distance(normal, normalise(k)))
                .thenComparing(Comparator.naturalOrder()));
  }

  private static String normalise(String key) {
    return key.toLowerCase(Locale.ROOT).replace('-', '_').strip();
  }

  /** Optimal-string-alignment distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
