package dev.cairn.render;

import dev.cairn.render.Views.LogLinkView;
import java.util.Map;

/**
 * What every list of logs and the feed show of one log: its link (date, title, win, badges) and its
 * feed entry. Made once per log and build, however many pages list the log.
 */
public record LogListing(LogLinkView link, Map<String, Object> feedEntry) {}
