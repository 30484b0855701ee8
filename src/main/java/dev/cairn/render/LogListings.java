package dev.cairn.render;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes the listing of every log of a build, through a {@link ListingStep}. */
final class LogListings {

  private final Figures fmt;
  private final Messages words;
  private final SiteLinks links;

  LogListings(Figures fmt, Messages words, SiteLinks links) {
    this.fmt = fmt;
    this.words = words;
    this.links = links;
  }

  /** The listing of each log, by log slug, made in parallel. */
  Map<String, LogListing> all(SiteContent content, Map<String, Goal> goals, ListingStep step) {
    var site = content.portfolio().site();
    List<Log> logs = content.portfolio().logs();
    List<LogListing> listings =
        logs.parallelStream()
            .map(
                log -> {
                  Goal goal = goals.get(log.goal());
                  MarkdownRenderer.Rendered body = content.bodies().get(log.slug());
                  return step.listing(
                      log,
                      List.of(log, goal, body, site, content.audience(), words),
                      () -> listing(log, goal, body.text()));
                })
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
            goal.slug(),
            goal.title(),
            log.minStep(),
            log.draft(),
            log.isPrivate() || goal.isPrivate());
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("title", link.title());
    e.put("url", links.absolute(link.url()).orElse(link.url()));
    e.put("id", links.absolute(link.url()).orElse("urn:cairn:log:" + log.slug()));
    e.put("updated", log.date() + "T00:00:00Z");
    e.put("goal", goal.title());
    e.put("summary", RenderContext.excerpt(bodyText, goal.title()));
    return new LogListing(link, Collections.unmodifiableMap(e));
  }
}
