package dev.cairn.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for a site's public address, shared by {@code base_url} in site.yaml and {@code
 * build --base-url}: an absolute http or https URL with a host, and neither a query nor a fragment,
 * since page addresses are made by appending paths to it.
 */
public final class BaseUrlValidator {

  private static final String EXAMPLE = "https://example.org/portfolio/";

  private BaseUrlValidator() {}

  /** What is wrong with {@code text} as a base URL, quoted and ready to follow "base_url: ". */
  public static Optional<String> problem(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return Optional.of(notHttp(text));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      return Optional.of(notHttp(text));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of(
          "'"
              + text
              + "' has a "
              + (uri.getRawQuery() != null ? "query (?…)" : "fragment (#…)")
              + ", which page addresses cannot follow; write the site's address alone, e.g. "
              + EXAMPLE);
    }
    return Optional.empty();
  }

  private static String notHttp(String text) {
    return "'" + text + "' is not an absolute http or https URL; write e.g. " + EXAMPLE;
  }
}
