package dev.cairn.render;

import java.util.List;
import java.util.Map;

/**
 * What the render stage makes of one goal's logs: each log's listing, by log slug, and each log's
 * page. Made only from the goal, its logs with their bodies and weekly reviews, its share image and
 * the settings, and holding nothing else of its build, so that a later build may use it again.
 */
public record GoalLogs(Map<String, LogListing> listings, List<PageJob> pages) {

  public GoalLogs {
    listings = Map.copyOf(listings);
    pages = List.copyOf(pages);
  }
}
