package dev.cairn.render;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Lets through only http, https, mailto and relative URLs. commonmark's own {@code
 * sanitizeUrls(true)} still admits {@code data:}, so Cairn decides itself.
 */
public final class SafeUrlPolicy implements UrlSanitizer {

  /** The URL if it is safe to put in an href or src, else empty. */
  public Optional<String> check(String url) {
    String trimmed = stripControlAndSpace(url);
    int colon = trimmed.indexOf(':');
    if (colon < 0) return Optional.of(url);
    int firstDelimiter = firstIndexOfAny(trimmed, "/?#");
    if (firstDelimiter >= 0 && firstDelimiter < colon) return Optional.of(url); // "a/b:c" is a path
    String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "http", "https", "mailto" -> Optional.of(url);
      default -> Optional.empty();
    };
  }

  public boolean isSafe(String url) {
    return check(url).isPresent();
  }

  @Override
  public String sanitizeLinkUrl(String url) {
    return check(url).orElse("");
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return check(url).orElse("");
  }

  // Browsers ignore tabs, newlines and leading spaces inside a scheme ("java\tscript:").
  private static String stripControlAndSpace(String url) {
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7f) b.append(c);
    }
    return b.toString();
  }

  private static int firstIndexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) return i;
    }
    return -1;
  }
}
