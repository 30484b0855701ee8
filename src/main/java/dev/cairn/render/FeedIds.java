package dev.cairn.render;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The Atom feed's {@code <id>}, which feed readers use to recognise a feed, so it must never change
 * with the title (RFC 4287, 4.2.6). With a base URL it is a {@code tag:} URI (RFC 4151) from the
 * address's host and path, e.g. {@code tag:example.org,2026:cairn:/p/} for https://example.org/p/;
 * the date is fixed rather than taken from the content, so adding older logs, hiding a log or
 * renaming the portfolio leaves the id alone. It changes only with the site's address, which gives
 * the feed a new address anyway. Without a base URL the id is the fixed {@code
 * urn:cairn:portfolio}.
 */
final class FeedIds {

  static final String TAG_DATE = "2026";
  static final String WITHOUT_BASE_URL = "urn:cairn:portfolio";

  private FeedIds() {}

  static String of(Optional<String> baseUrl) {
    return baseUrl.map(FeedIds::tag).orElse(WITHOUT_BASE_URL);
  }

  private static String tag(String baseUrl) {
    URI uri = URI.create(baseUrl);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.endsWith("/")) path = path + "/";
    String port = uri.getPort() < 0 ? "" : String.valueOf(uri.getPort());
    return "tag:" + host + "," + TAG_DATE + ":cairn:" + port + path;
  }
}
