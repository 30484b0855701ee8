package dev.cairn.render;

import dev.cairn.render.Views.LogLinkView;

/**
 * What every list of logs and the feed show of one log: its link (date, title, win, badges) and its
 * feed entry. Made once per log and build, however many pages list the log.
 */
public record LogListing(LogLinkView link, FeedEntry feedEntry) {

  /** A log's entry in the Atom feed. */
  public record FeedEntry(
      String title, String url, String id, String updated, String goal, String summary) {}
}
