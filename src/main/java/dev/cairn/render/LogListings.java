package dev.cairn.render;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Makes the listings of logs: what lists of logs and the feed show of each. */
final class LogListings {

  private final Figures fmt;
  private final Messages words;
  private final SiteLinks links;

  LogListings(Figures fmt, Messages words, SiteLinks links) {
    this.fmt = fmt;
    this.words = words;
    this.links = links;
  }

  /** The listing of each of {@code goal}'s logs, by log slug, made in parallel. */
  Map<String, LogListing> ofGoal(
      Goal goal, List<Log> logs, List<MarkdownRenderer.Rendered> bodies) {
    List<LogListing> listings =
        IntStream.range(0, logs.size())
            .parallel()
            .mapToObj(i -> listing(logs.get(i), goal, bodies.get(i).text()))
            .toList();
    Map<String, LogListing> bySlug = new HashMap<>(logs.size() * 2);
    for (int i = 0; i < logs.size(); i++) bySlug.put(logs.get(i).slug(), listings.get(i));
    return bySlug;
  }

  LogListing listing(Log log, Goal goal, String bodyText) {
    String title =
        log.win().orElseGet(() -> words.get("log.title", goal.title(), fmt.date(log.date())));
    LogLinkView link =
        new LogLinkView(
            links.log(log),
            fmt.date(log.date()),
            fmt.isoDate(log.date()),
            title,
            log.win().orElse(null),
            log.milestone().orElse(null),
            goal.slug(),
            goal.title(),
            log.minStep(),
            log.draft(),
            log.isPrivate() || goal.isPrivate());
    Optional<String> absolute = links.absolute(link.url());
    return new LogListing(
        link,
        new LogListing.FeedEntry(
            log.milestone().map(m -> words.get("feed.milestone", m)).orElse(link.title()),
            absolute.orElse(link.url()),
            absolute.orElse("urn:cairn:log:" + log.slug()),
            log.date() + "T00:00:00Z",
            goal.title(),
            RenderContext.excerpt(bodyText, goal.title())));
  }
}
