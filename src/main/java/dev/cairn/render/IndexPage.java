package dev.cairn.render;

import dev.cairn.model.Log;
import dev.cairn.model.SiteConfig;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.PeriodLinkView;
import dev.cairn.render.Views.ReviewLinkView;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The portfolio's front page: every goal's summary, the latest wins, the latest reviews. */
final class IndexPage {

  private static final int LATEST_WINS = 8;
  private static final int LATEST_REVIEWS = 4;

  private IndexPage() {}

  static PageJob job(RenderContext ctx) {
    SiteConfig cfg = ctx.site();
    List<Log> latestWins =
        ctx.portfolio().logs().stream()
            .filter(l -> l.win().isPresent())
            .sorted(Comparator.comparing(Log::date).reversed())
            .limit(LATEST_WINS)
            .toList();
    List<ReviewLinkView> newest = RenderContext.reversed(ctx.reviewLinks());
    List<ReviewLinkView> reviews = newest.subList(0, Math.min(LATEST_REVIEWS, newest.size()));
    return new PageJob(
        "index.html",
        "index.ftlh",
        Arrays.asList(ctx.summaries(), latestWins, reviews, ctx.monthLinks(), ctx.yearLinks()),
        () -> {
          List<LogLinkView> wins = latestWins.stream().map(l -> ctx.views().logLink(l)).toList();
          String description =
              cfg.author()
                  .map(a -> ctx.words().get("page.index.description_by", a))
                  .orElseGet(() -> ctx.words().get("page.index.description"));
          return new PageJob.Page(
              ctx.pages().of("index", cfg.title(), description, "index.html"),
              Map.of(
                  "goals",
                  ctx.summaries(),
                  "latestWins",
                  wins,
                  "reviews",
                  reviews,
                  "latestMonth",
                  latest(ctx.monthLinks()),
                  "latestYear",
                  latest(ctx.yearLinks())));
        });
  }

  /** The newest of {@code links}, or an empty list: templates test it with {@code ?has_content}. */
  private static List<PeriodLinkView> latest(List<PeriodLinkView> links) {
    return links.isEmpty() ? List.of() : List.of(links.get(links.size() - 1));
  }
}
