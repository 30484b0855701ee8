package dev.cairn.render;

import dev.cairn.model.Log;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Atom feed (milestones, then wins, first; newest first within each group) and the sitemap of
 * every page.
 */
final class FeedPages {

  private FeedPages() {}

  static PageJob feed(RenderContext ctx) {
    List<Log> logs = ctx.portfolio().logs().stream().sorted(FeedPages::feedOrder).toList();
    String updated =
        ctx.portfolio().logs().stream()
                .map(Log::date)
                .max(Comparator.naturalOrder())
                .orElse(ctx.content().analysis().today())
                .toString()
            + "T00:00:00Z";
    // The entries themselves are the inputs: an edit that changes no entry (a log's later
    // paragraphs) leaves the feed as it was.
    List<LogListing.FeedEntry> entries =
        logs.stream().map(l -> ctx.listing(l).feedEntry()).toList();
    return new PageJob(
        "feed.xml",
        "feed.ftlx",
        List.of(entries, updated),
        () ->
            new PageJob.Page(
                ctx.pages().of("feed", ctx.site().title(), "", "feed.xml"),
                Map.of(
                    "entries",
                    entries,
                    "updated",
                    updated,
                    "feedId",
                    FeedIds.of(ctx.site().baseUrl()))),
        Optional.of(
            new PageParts(
                "renderedEntries",
                "feed-entry.ftlx",
                "e",
                () -> entries.stream().map(e -> new PageParts.Part(e, e)).toList())));
  }

  /**
   * Milestones first, then wins, as the feed is the portfolio's evidence; newest first within each
   * group.
   */
  private static int feedOrder(Log a, Log b) {
    boolean milestoneA = a.milestone().isPresent();
    if (milestoneA != b.milestone().isPresent()) return milestoneA ? -1 : 1;
    boolean winA = a.win().isPresent();
    if (winA != b.win().isPresent()) return winA ? -1 : 1;
    int byDate = b.date().compareTo(a.date());
    return byDate != 0 ? byDate : a.sourcePath().compareTo(b.sourcePath());
  }

  /** The sitemap of the given pages, but the 404 page. */
  static PageJob sitemap(RenderContext ctx, List<PageJob> pages) {
    List<String> urls =
        pages.stream()
            .map(PageJob::path)
            .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
            .sorted()
            .map(p -> ctx.links().absolute(p).orElse(p))
            .toList();
    return new PageJob(
        "sitemap.xml",
        "sitemap.ftlx",
        List.of(urls),
        () ->
            new PageJob.Page(
                ctx.pages().of("sitemap", ctx.site().title(), "", "sitemap.xml"),
                Map.of("urls", urls)));
  }

  /**
   * Hosts serve 404.html at whatever address was missed, where relative links would point nowhere;
   * with a base_url the page links from the site's root address instead.
   */
  static PageJob notFound(RenderContext ctx) {
    Map<String, Object> data =
        ctx.links()
            .absolute("")
            .<Map<String, Object>>map(base -> Map.of("root", base))
            .orElse(Map.of());
    return new PageJob(
        "404.html",
        "404.ftlh",
        List.of(data),
        () ->
            new PageJob.Page(
                ctx.pages()
                    .of(
                        "404",
                        ctx.words().get("page.not_found.title"),
                        ctx.words().get("page.not_found.description"),
                        "404.html"),
                data));
  }
}
