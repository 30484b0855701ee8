package dev.cairn.render;

import dev.cairn.analysis.Period;
import dev.cairn.analysis.WeekId;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Slugs;
import java.util.Optional;

/**
 * Where each page lives, as a path from the site root. Pages are {@code …/index.html} files and
 * links name the file itself, so the site also works from {@code file://}.
 */
final class SiteLinks {

  private final Optional<String> baseUrl;

  SiteLinks(Optional<String> baseUrl) {
    this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  String goal(Goal goal) {
    return "goals/" + goal.slug() + "/index.html";
  }

  String log(Log log) {
    return "logs/" + log.slug() + "/index.html";
  }

  String review(WeekId week) {
    return "reviews/" + week + "/index.html";
  }

  /** A monthly or yearly review: {@code reviews/2026-03/} or {@code reviews/2026/}. */
  String review(Period period) {
    return "reviews/" + period.id() + "/index.html";
  }

  String capabilities() {
    return "capabilities/index.html";
  }

  String tag(String tag) {
    return "tags/" + tagSlug(tag) + "/index.html";
  }

  /** "../" once per folder between the page and the site root. */
  static String rootFor(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /** The page's public address where base_url is set; "…/index.html" is shortened to "…/". */
  Optional<String> absolute(String path) {
    String pretty =
        path.equals("index.html")
            ? ""
            : path.endsWith("/index.html")
                ? path.substring(0, path.length() - "index.html".length())
                : path;
    return baseUrl.map(b -> b + pretty);
  }

  static String tagSlug(String tag) {
    return Slugs.of(tag, "tag-" + Integer.toHexString(tag.hashCode()));
  }
}
