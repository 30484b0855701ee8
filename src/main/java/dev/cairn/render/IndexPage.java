package dev.cairn.render;

import dev.cairn.model.Log;
import dev.cairn.model.SiteConfig;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.PeriodLinkView;
import dev.cairn.render.Views.ReviewLinkView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The portfolio's front page: every goal's summary, the latest wins, the latest reviews. */
final class IndexPage {

  private static final int LATEST_WINS = 8;
  private static final int LATEST_REVIEWS = 4;

  private IndexPage() {}

  static PageJob job(RenderContext ctx) {
    SiteConfig cfg = ctx.site();
    List<Log> latestWins = latestWins(ctx.portfolio().logs());
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

  /**
   * The newest wins, newest first, those of one date in portfolio order: what a stable sort of all
   * wins would begin with, without sorting 10,000 logs for eight.
   */
  static List<Log> latestWins(List<Log> logs) {
    List<Log> newest = new ArrayList<>(LATEST_WINS + 1);
    for (Log log : logs) {
      if (log.win().isEmpty()) continue;
      int at = newest.size();
      while (at > 0 && newest.get(at - 1).date().isBefore(log.date())) at--;
      if (at == LATEST_WINS) continue;
      newest.add(at, log);
      if (newest.size() > LATEST_WINS) newest.remove(LATEST_WINS);
    }
    return List.copyOf(newest);
  }
}
